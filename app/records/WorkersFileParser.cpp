#include "app/records/WorkersFileParser.h"
#include "app/records/RecordKinds.h"

#include <QCoreApplication>

namespace fieldbook {

namespace {
enum Column
{
    WorkerId,
    BirthDate,
    HireDate,
    IdNumber,
    Gender,
    Department,
    Position,
    TerminationDate,
    Name,
    Migrant,
    Agency
};
}

QString WorkersFileParser::kind() const
{
    return QString(RecordKinds::Workers);
}

std::vector<ColumnSpec> WorkersFileParser::columns() const
{
    return {{QStringLiteral("worker_id"), true},   {QStringLiteral("birth_date"), true},
            {QStringLiteral("hire_date"), true},   {QStringLiteral("id_number"), false, true},
            {QStringLiteral("gender"), false},     {QStringLiteral("department"), false},
            {QStringLiteral("position"), false},   {QStringLiteral("termination_date"), false},
            {QStringLiteral("name"), false, true}, {QStringLiteral("migrant"), false},
            {QStringLiteral("agency"), false}};
}

void WorkersFileParser::reserve(qsizetype bytes)
{
    m_seen.clear();
    m_out.records.workers.reserve(size_t(bytes / 80));
}

bool WorkersFileParser::readYesNo(int column, int* out)
{
    const QByteArray v = cell(column).toByteArray().toLower();
    if (v.isEmpty()) {
        *out = -1;
    } else if (v == "yes" || v == "y" || v == "1" || v == "true") {
        *out = 1;
    } else if (v == "no" || v == "n" || v == "0" || v == "false") {
        *out = 0;
    } else {
        return failBadValue(column, "expected yes or no, not");
    }
    return true;
}

bool WorkersFileParser::parseRow()
{
    WorkerRecord w;
    w.line = line();
    if (!readWorker(WorkerId, &w.worker) || !readDate(BirthDate, &w.birthDate) || !readDate(HireDate, &w.hireDate) ||
        !readDate(TerminationDate, &w.terminationDate, false)) {
        return false;
    }
    if (size_t(w.worker) >= m_seen.size()) {
        m_seen.resize(size_t(w.worker) + 1, 0);
    }
    if (m_seen[size_t(w.worker)]) {
        return fail(WorkerId,
                    QCoreApplication::translate("RecordFileParser", "worker id '%1' appears twice in the register")
                        .arg(m_out.records.workerId(w.worker)));
    }
    const QByteArrayView gender = cell(Gender);
    if (!gender.isEmpty() && gender != "F" && gender != "M" && gender != "X") {
        return failBadValue(Gender, "gender must be F, M or X, not");
    }
    if (w.terminationDate != kNoDate && w.terminationDate < w.hireDate) {
        return fail(TerminationDate,
                    QCoreApplication::translate("RecordFileParser", "termination date before the hire date"));
    }
    if (!checkNoControlBytes(IdNumber) || !readYesNo(Migrant, &w.migrant) || !readYesNo(Agency, &w.agency)) {
        return false;
    }
    m_seen[size_t(w.worker)] = 1;
    w.gender = QString::fromUtf8(gender);
    w.idNumber = QString::fromUtf8(cell(IdNumber));
    w.department = QString::fromUtf8(cell(Department));
    w.position = QString::fromUtf8(cell(Position));
    w.name = QString::fromUtf8(cell(Name));
    m_out.records.workers.push_back(std::move(w));
    return true;
}

} // namespace fieldbook
