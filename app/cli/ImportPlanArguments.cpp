#include "app/cli/ImportPlanArguments.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportSession.h"
#include "app/records/RecordKinds.h"
#include "app/records/workbook/Workbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace fieldbook {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// Calls `apply` for the file named `fileName` (every file when empty); false when none is named so.
template <typename Apply>
bool forEachFile(const RecordImportSession& session, const QString& fileName, const Apply& apply)
{
    bool matched = false;
    for (int i = 0; i < session.fileCount(); ++i) {
        if (fileName.isEmpty() || session.file(i).fileName == fileName) {
            apply(i);
            matched = true;
        }
    }
    return matched;
}

} // namespace

ImportPlanArguments::FileArgument ImportPlanArguments::splitSheet(const QString& argument)
{
    // A file of that very name wins (names may hold ':'); else the workbook is the part before a
    // ':' that names an existing workbook. Excel allows no ':' in a sheet's name, so the first such
    // ':' ends the path.
    if (QFileInfo(argument).isFile()) {
        return {argument, QString()};
    }
    for (qsizetype colon = argument.indexOf(QLatin1Char(':')); colon > 0;
         colon = argument.indexOf(QLatin1Char(':'), colon + 1)) {
        const QString path = argument.left(colon);
        if (Workbook::isWorkbookFileName(path) && QFileInfo(path).isFile()) {
            return {path, argument.mid(colon + 1)};
        }
    }
    return {argument, QString()};
}

QPair<QString, QString> ImportPlanArguments::splitFileValue(const QString& argument)
{
    const qsizetype equals = argument.lastIndexOf(QLatin1Char('='));
    return equals > 0 ? QPair<QString, QString>(argument.left(equals), argument.mid(equals + 1))
                      : QPair<QString, QString>(QString(), argument);
}

Result<QPair<QString, ColumnMapping>> ImportPlanArguments::parseMap(const QString& argument)
{
    using R = Result<QPair<QString, ColumnMapping>>;
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    const qsizetype equals = argument.indexOf(QLatin1Char('='));
    if (colon <= 0 || equals <= colon + 1) {
        return R::failure(
            tr("--map %1: expected KIND:COLUMN=HEADER, e.g. time_records:worker_id=\"Emp No\"").arg(argument));
    }
    const QString kind = argument.left(colon).trimmed().toLower();
    const QString column = argument.mid(colon + 1, equals - colon - 1).trimmed().toLower();
    QString header = argument.mid(equals + 1).trimmed();
    if (header.size() >= 2 && header.startsWith(QLatin1Char('"')) && header.endsWith(QLatin1Char('"'))) {
        header = header.mid(1, header.size() - 2); // quotes that survived the shell
    }
    return QPair<QString, ColumnMapping>(kind, ColumnMapping({{column, header}}));
}

Result<QHash<QString, ColumnMapping>> ImportPlanArguments::readMappingFile(const QString& path)
{
    using R = Result<QHash<QString, ColumnMapping>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return R::failure(tr("%1: cannot open: %2").arg(path, file.errorString()));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return R::failure(
            tr("%1: not a JSON object (%2 at offset %3)").arg(path, error.errorString()).arg(error.offset));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format_version")).toInt(1) != 1) {
        return R::failure(tr("%1: format_version %2 is newer than this Fieldbook reads (1)")
                              .arg(path)
                              .arg(root.value(QStringLiteral("format_version")).toInt()));
    }
    const QJsonObject mappings = root.value(QStringLiteral("mappings")).toObject();
    if (mappings.isEmpty()) {
        return R::failure(tr("%1: no \"mappings\" object (expected {\"format_version\": 1, \"mappings\": {\"KIND\": "
                             "{\"COLUMN\": \"HEADER\"}}})")
                              .arg(path));
    }
    QHash<QString, ColumnMapping> result;
    for (auto it = mappings.constBegin(); it != mappings.constEnd(); ++it) {
        if (!it.value().isObject()) {
            return R::failure(tr("%1: mappings.%2 is not an object of COLUMN: HEADER").arg(path, it.key()));
        }
        result.insert(it.key().trimmed().toLower(), ColumnMapping::fromJson(it.value().toObject()));
    }
    return result;
}

Status ImportPlanArguments::applyTo(RecordImportSession& session) const
{
    if (!recordsDir.isEmpty()) {
        if (!QFileInfo(recordsDir).isDir()) {
            return Status::failure(tr("%1: not a folder").arg(recordsDir));
        }
        const QStringList names = RecordDirectoryReader::recordFiles(recordsDir);
        if (names.isEmpty()) {
            return Status::failure(
                tr("%1 holds no record file (workers.csv, time_records.csv, payroll.csv, "
                   "production.csv, gate_log.csv, punches.csv or *_attlog.dat); name others with --file KIND=PATH")
                    .arg(recordsDir));
        }
        for (const QString& name : names) {
            session.addFile(QDir(recordsDir).filePath(name)); // the kind is in the name
        }
    }
    for (const QString& argument : files) {
        // KIND=PATH only when what precedes '=' is a kind: paths may hold '=' too.
        const qsizetype equals = argument.indexOf(QLatin1Char('='));
        const QString maybeKind = equals > 0 ? argument.left(equals).trimmed().toLower() : QString();
        const bool hasKind = RecordKinds::isKnown(maybeKind);
        const FileArgument file = splitSheet(hasKind ? argument.mid(equals + 1) : argument);
        if (!QFileInfo(file.path).isFile()) {
            return Status::failure(tr("--file %1: no such file").arg(file.path));
        }
        if (file.sheet.isEmpty()) {
            session.addFile(file.path, hasKind ? maybeKind : QString());
        } else if (Result<int> added = session.addSheet(file.path, file.sheet, hasKind ? maybeKind : QString());
                   !added) {
            return Status::failure(tr("--file %1: %2").arg(argument, added.error()));
        }
    }
    for (const QString& argument : encodings) {
        const qsizetype equals = argument.lastIndexOf(QLatin1Char('='));
        const QString fileName = equals > 0 ? argument.left(equals) : QString();
        const QString encoding = equals > 0 ? argument.mid(equals + 1) : argument;
        bool matched = false;
        for (int i = 0; i < session.fileCount(); ++i) {
            if (fileName.isEmpty() || session.file(i).fileName == fileName) {
                session.setEncoding(i, encoding);
                matched = true;
            }
        }
        if (!matched) {
            return Status::failure(tr("--encoding %1: no chosen file is named %2").arg(argument, fileName));
        }
    }
    for (const QString& argument : dateOrders) {
        const auto [fileName, value] = splitFileValue(argument);
        DateOrder order = DateOrder::Unknown;
        if (!parseDateOrderName(value, &order)) {
            return Status::failure(tr("--date-order %1: expected dmy, mdy or ymd").arg(argument));
        }
        if (!forEachFile(session, fileName, [&](int i) { session.setDateOrder(i, order); })) {
            return Status::failure(tr("--date-order %1: no chosen file is named %2").arg(argument, fileName));
        }
    }
    for (const QString& argument : decimalMarks) {
        const auto [fileName, value] = splitFileValue(argument);
        DecimalMark mark = DecimalMark::Unknown;
        if (!parseDecimalMarkName(value, &mark)) {
            return Status::failure(tr("--decimal-mark %1: expected point or comma").arg(argument));
        }
        if (!forEachFile(session, fileName, [&](int i) { session.setDecimalMark(i, mark); })) {
            return Status::failure(tr("--decimal-mark %1: no chosen file is named %2").arg(argument, fileName));
        }
    }
    QList<QPair<QString, ColumnMapping>> all;
    if (!mappingFile.isEmpty()) {
        Result<QHash<QString, ColumnMapping>> read = readMappingFile(mappingFile);
        if (!read) {
            return Status::failure(read.error());
        }
        for (auto it = read->constBegin(); it != read->constEnd(); ++it) {
            all.append({it.key(), it.value()});
        }
    }
    for (const QString& argument : maps) {
        Result<QPair<QString, ColumnMapping>> map = parseMap(argument);
        if (!map) {
            return Status::failure(map.error());
        }
        all.append(map.value()); // after the file: --map refines it
    }
    QStringList problems;
    for (const auto& [kind, mapping] : all) {
        problems += session.applyMapping(kind, mapping);
    }
    if (!problems.isEmpty()) {
        return Status::failure(problems.join(QLatin1Char('\n')));
    }
    return Status::success();
}

} // namespace fieldbook
