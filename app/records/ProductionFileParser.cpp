#include "app/records/ProductionFileParser.h"
#include "app/records/RecordKinds.h"

namespace fieldbook {

namespace {
enum Column
{
    Date,
    Department,
    Units,
    StandardMinutes
};
}

QString ProductionFileParser::kind() const
{
    return QString(RecordKinds::Production);
}

std::vector<ColumnSpec> ProductionFileParser::columns() const
{
    return {{QStringLiteral("date"), true},
            {QStringLiteral("department"), true},
            {QStringLiteral("units"), true},
            {QStringLiteral("standard_minutes"), true}};
}

void ProductionFileParser::reserve(qsizetype bytes)
{
    m_departments.clear();
    m_out.records.production.reserve(size_t(bytes / 30));
}

bool ProductionFileParser::parseRow()
{
    ProductionRecord r;
    r.line = line();
    if (!readDate(Date, &r.date)) {
        return false;
    }
    const QByteArrayView department = cell(Department);
    if (department.isEmpty()) {
        return failEmpty(Department);
    }
    if (!readNonNegative(Units, &r.units) || !readNonNegative(StandardMinutes, &r.standardMinutes)) {
        return false;
    }
    r.department = m_departments.intern(department);
    m_out.records.production.push_back(std::move(r));
    return true;
}

} // namespace fieldbook
