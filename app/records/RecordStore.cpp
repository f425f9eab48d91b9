#include "app/records/RecordStore.h"
#include "app/core/PersonalDataProtector.h"
#include "app/records/FieldParsing.h"
#include "app/records/IdentityFingerprint.h"
#include "app/records/RecordFormatting.h"
#include "app/records/RecordKinds.h"
#include "app/records/TextInterner.h"
#include "app/signing/SodiumDataProtector.h"
#include "database/Database.h"
#include "database/Ids.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>
#include <string>
#include <tuple>
#include <unordered_map>

namespace fieldbook {

namespace {

// lupdate files Tr::tr() under the context Q_DECLARE_TR_FUNCTIONS names; a plain helper function
// would put these strings under a context that is never looked up.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordStore)
};

// A prepared statement on the raw handle for bulk inserts: binding without QVariant boxing.
class Bulk
{
public:
    Bulk(sqlite3* db, const char* sql) : m_db(db)
    {
        if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
            m_stmt = nullptr;
        }
    }
    ~Bulk()
    {
        sqlite3_finalize(m_stmt);
    }
    Bulk(const Bulk&) = delete;
    Bulk& operator=(const Bulk&) = delete;

    bool ok() const
    {
        return m_stmt != nullptr && m_error.isEmpty();
    }
    QString error() const
    {
        return m_error;
    }
    void integer(int i, sqlite3_int64 v)
    {
        sqlite3_bind_int64(m_stmt, i, v);
    }
    void real(int i, double v)
    {
        sqlite3_bind_double(m_stmt, i, v);
    }
    void null(int i)
    {
        sqlite3_bind_null(m_stmt, i);
    }
    // The bytes must stay alive until step().
    void text(int i, const char* p, int n)
    {
        sqlite3_bind_text(m_stmt, i, p, n, SQLITE_STATIC);
    }
    void text(int i, const QByteArray& utf8)
    {
        sqlite3_bind_text(m_stmt, i, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
    }
    void textOrNull(int i, const QByteArray& utf8)
    {
        if (utf8.isEmpty()) {
            null(i);
        } else {
            text(i, utf8);
        }
    }
    void blob(int i, const QByteArray& bytes)
    {
        sqlite3_bind_blob(m_stmt, i, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        sqlite3_reset(m_stmt);
        if (rc != SQLITE_DONE) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return false;
        }
        return true;
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

// A date as text in a small buffer, for SQLITE_STATIC binding.
struct DateText
{
    char bytes[10];
    explicit DateText(JulianDay jd)
    {
        recordformat::writeDate(bytes, jd);
    }
};

QString tableOfKind(const QString& kind)
{
    if (kind == RecordKinds::AttLog || kind == RecordKinds::TimeRecords || kind == RecordKinds::Punches) {
        return QStringLiteral("time_records");
    }
    if (kind == RecordKinds::GateLog) {
        return QStringLiteral("gate_events");
    }
    return kind;
}

QString kindsOfTable(const QString& table)
{
    if (table == QStringLiteral("time_records")) {
        return QStringLiteral("'time_records','attlog','punches'");
    }
    if (table == QStringLiteral("gate_events")) {
        return QStringLiteral("'gate_log'");
    }
    return QLatin1Char('\'') + table + QLatin1Char('\'');
}

// For the length of a bulk import: a larger page cache (the transaction's pages stay in memory
// instead of spilling to the WAL twice), and no per-row foreign-key lookups: importRecords()
// checks the audit itself and every import_id is the record_imports row it has just written.
// Only when no transaction is open, since SQLite ignores the pragma inside one.
class BulkLoadSettings
{
public:
    explicit BulkLoadSettings(const Database& db) : m_db(db)
    {
        if (sqlite3_get_autocommit(db.handle()) == 0) {
            return;
        }
        m_active = true;
        m_foreignKeys = db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt();
        m_cacheSize = db.scalar(QStringLiteral("PRAGMA cache_size"))->toInt();
        db.exec(QStringLiteral("PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;"));
    }
    ~BulkLoadSettings()
    {
        if (m_active) {
            m_db.exec(QStringLiteral("PRAGMA foreign_keys = %1; PRAGMA cache_size = %2;")
                          .arg(m_foreignKeys)
                          .arg(m_cacheSize));
        }
    }
    BulkLoadSettings(const BulkLoadSettings&) = delete;
    BulkLoadSettings& operator=(const BulkLoadSettings&) = delete;

private:
    const Database& m_db;
    bool m_active = false;
    int m_foreignKeys = 1;
    int m_cacheSize = -2000;
};

Status failed(const QString& what, const QString& error)
{
    return Status::failure(Tr::tr("import failed while writing %1: %2").arg(what, error));
}

} // namespace

QString RecordStore::describeIssues(const std::vector<RecordIssue>& issues, int limit)
{
    RecordReadOutcome outcome;
    outcome.issues = issues;
    return outcome.issueReport(limit);
}

Result<RecordImportOutcome> RecordStore::importDirectory(qint64 auditId, const QString& directory,
                                                         RecordReadOptions options)
{
    if (options.mappings.isEmpty()) {
        Result<QVariant> facility =
            m_db.scalar(QStringLiteral("SELECT facility_id FROM audits WHERE id = ?"), {auditId});
        if (!facility) {
            return Result<RecordImportOutcome>::failure(facility.error());
        }
        if (!facility->isValid()) {
            return Result<RecordImportOutcome>::failure(Tr::tr("no audit with id %1").arg(auditId));
        }
        Result<QHash<QString, ColumnMapping>> saved = columnMappings(facility->toLongLong());
        if (!saved) {
            return Result<RecordImportOutcome>::failure(saved.error());
        }
        options.mappings = saved.take();
    }
    options.computeSha256 = true;
    Result<RecordReadOutcome> read = RecordDirectoryReader::read(directory, options);
    if (!read) {
        return Result<RecordImportOutcome>::failure(read.error());
    }
    return importRecords(auditId, read.value(), options);
}

QByteArray RecordStore::workerPlace(const QString& column, const QString& auditUuid, const QString& workerId)
{
    return SodiumDataProtector::placeContext(QStringLiteral("workers"), column,
                                             auditUuid + QLatin1Char('/') + workerId);
}

QString RecordStore::cancelledMessage()
{
    return Tr::tr("import cancelled: nothing was written");
}

namespace {

// Validate and plan: in all-or-nothing mode a bad row refuses the whole import, and the audit must exist.
Status checkImportable(const Database& store, qint64 auditId, const RecordReadOutcome& read, ImportMode importMode)
{
    if (importMode == ImportMode::AllOrNothing && read.blockingIssues() > 0) {
        return Status::failure(QCoreApplication::translate("RecordStore",
                                                           "%n bad row(s): nothing was imported (import the good "
                                                           "rows with quarantine mode)\n",
                                                           "", read.blockingIssues()) +
                               RecordStore::describeIssues(read.issues));
    }
    Result<QVariant> exists = store.scalar(QStringLiteral("SELECT count(*) FROM audits WHERE id = ?"), {auditId});
    if (!exists || exists->toInt() != 1) {
        return Status::failure(exists ? Tr::tr("no audit with id %1").arg(auditId) : exists.error());
    }
    return Status::success();
}

// Replaces the audit's earlier records of every kind present in this import: their rows, and the
// record_imports and quarantine rows of the files they came from.
Status replaceEarlierRecords(const Database& store, qint64 auditId, const std::vector<RecordFileSummary>& files,
                             RecordImportOutcome& outcome)
{
    QStringList tables;
    for (const RecordFileSummary& file : files) {
        const QString table = tableOfKind(file.kind);
        if (!tables.contains(table)) {
            tables.append(table);
        }
    }
    for (const QString& table : tables) {
        Result<QVariant> before =
            store.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE audit_id = ?").arg(table), {auditId});
        if (before && before->toLongLong() > 0) {
            outcome.replacedKinds.append(table);
        }
        const Status cleared =
            // Explicit deletes, not cascades: foreign keys are off for the bulk load.
            store.exec(
                QStringLiteral("DELETE FROM %1 WHERE audit_id = %2; DELETE FROM import_quarantine WHERE import_id "
                               "IN (SELECT id FROM record_imports WHERE audit_id = %2 AND kind IN (%3)); "
                               "DELETE FROM record_imports WHERE audit_id = %2 AND kind IN (%3);")
                    .arg(table)
                    .arg(auditId)
                    .arg(kindsOfTable(table)));
        if (!cleared) {
            return cleared;
        }
    }
    return Status::success();
}

// UTF-8 worker ids once, not once per row.
std::vector<QByteArray> utf8Ids(const RecordSet& records)
{
    std::vector<QByteArray> ids;
    ids.reserve(size_t(records.workerIds.size()));
    for (const QString& id : records.workerIds) {
        ids.push_back(id.toUtf8());
    }
    return ids;
}

// Writes the files of one import inside its open transaction, in the order they were read: for
// each file its record_imports row, its quarantine rows, then its records. Every statement is
// prepared once for the whole import. After a failure nothing more is written; the caller returns
// the error and the transaction rolls back.
class ImportWriter
{
public:
    ImportWriter(const Database& store, qint64 auditId, const RecordReadOutcome& read, const RecordReadOptions& options,
                 const RecordImportControl& control, RecordImportOutcome& outcome);
    Status prepare(const PersonalDataProtector* protector, ImportMode importMode);
    Status writeFile(const RecordFileSummary& file);

private:
    Result<sqlite3_int64> writeImportRow(const RecordFileSummary& file, size_t keptIssues);
    Status writeQuarantine(const RecordFileSummary& file, sqlite3_int64 importId,
                           const std::vector<const RecordIssue*>& fileIssues);
    Bulk* writeRecords(const RecordFileSummary& file, sqlite3_int64 importId);
    template <typename WriteRow>
    Bulk* writeRows(Bulk& statement, const RecordFileSummary& file, WriteRow writeRow);
    bool writeWorker(const WorkerRecord& w, sqlite3_int64 importId);
    void bindPersonal(const WorkerRecord& w);
    bool writeTimeRecord(const TimeRecord& r, sqlite3_int64 importId);
    bool writePayroll(const PayrollRecord& p, sqlite3_int64 importId);
    bool writeProduction(const ProductionRecord& p, sqlite3_int64 importId);
    bool writeGateEvent(const GateEvent& e, sqlite3_int64 importId);
    bool tick();

    const Database& m_store;
    sqlite3* m_db;
    const qint64 m_auditId;
    const RecordReadOutcome& m_read;
    const RecordSet& m_records;
    const RecordReadOptions& m_options;
    const RecordImportControl& m_control;
    RecordImportOutcome& m_outcome;
    std::vector<QByteArray> m_ids; // by worker index
    // In this order of preparation.
    Bulk m_importRow;
    Bulk m_quarantineRow;
    Bulk m_workerRow;
    Bulk m_timeRow;
    Bulk m_payRow;
    Bulk m_productionRow;
    Bulk m_gateRow;
    // Sealing personal values (prepare()).
    const PersonalDataProtector* m_protector = nullptr;
    bool m_canSeal = false;
    const SodiumDataProtector* m_binder = nullptr;
    QString m_auditUuid;
    // The same for every record_imports row.
    QByteArray m_now;
    QByteArray m_actor;
    QByteArray m_mode;
    // Progress over all files.
    qint64 m_total = 0;
    qint64 m_written = 0;
    bool m_cancelled = false;
};

ImportWriter::ImportWriter(const Database& store, qint64 auditId, const RecordReadOutcome& read,
                           const RecordReadOptions& options, const RecordImportControl& control,
                           RecordImportOutcome& outcome)
    : m_store(store), m_db(store.handle()), m_auditId(auditId), m_read(read), m_records(read.records),
      m_options(options), m_control(control), m_outcome(outcome), m_ids(utf8Ids(read.records)),
      m_importRow(m_db, "INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, row_count, quarantined, "
                        "mode, mapping_json, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
      m_quarantineRow(m_db,
                      "INSERT INTO import_quarantine (import_id, line, column_name, reason, raw) VALUES (?,?,?,?,?)"),
      m_workerRow(m_db, "INSERT INTO workers (audit_id, import_id, source_line, worker_id, birth_date, hire_date, "
                        "id_number, gender, department, position, termination_date, name, extra_json) VALUES "
                        "(?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      m_timeRow(m_db, "INSERT INTO time_records (audit_id, import_id, source_line, worker_id, date, time_in, "
                      "time_out, break_minutes, department, source) VALUES (?,?,?,?,?,?,?,?,?,?)"),
      m_payRow(m_db, "INSERT INTO payroll (audit_id, import_id, source_line, worker_id, period_start, period_end, "
                     "regular_hours, overtime_hours, regular_pay, overtime_pay, bonus, deductions, net_pay, "
                     "leave_hours, holiday_hours) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
      m_productionRow(m_db, "INSERT INTO production (audit_id, import_id, source_line, date, department, units, "
                            "standard_minutes) VALUES (?,?,?,?,?,?,?)"),
      m_gateRow(m_db, "INSERT INTO gate_events (audit_id, import_id, source_line, worker_id, timestamp, direction) "
                      "VALUES (?,?,?,?,?,?)")
{}

// Fails on the first statement that could not be prepared; then reads what every row shares.
Status ImportWriter::prepare(const PersonalDataProtector* protector, ImportMode importMode)
{
    for (const Bulk* b :
         {&m_importRow, &m_quarantineRow, &m_workerRow, &m_timeRow, &m_payRow, &m_productionRow, &m_gateRow}) {
        if (!b->ok()) {
            return Status::failure(b->error());
        }
    }
    m_protector = protector;
    m_canSeal = protector && protector->isUnlocked();
    // Sealed values are bound to their place (table, column, audit and worker id) when the
    // protector can: a value copied to another worker's row does not open there.
    m_binder = dynamic_cast<const SodiumDataProtector*>(protector);
    const Result<QVariant> auditUuidValue =
        m_store.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?"), {m_auditId});
    m_auditUuid = auditUuidValue ? auditUuidValue->toString() : QString();
    m_now = nowUtc().toUtf8();
    m_actor = m_store.actor().toUtf8();
    m_mode = importModeName(importMode).toUtf8();
    for (const RecordFileSummary& file : m_read.files) {
        m_total += qint64(file.endRecord - file.firstRecord);
    }
    return Status::success();
}

Status ImportWriter::writeFile(const RecordFileSummary& file)
{
    std::vector<const RecordIssue*> fileIssues;
    for (size_t i = file.firstIssue; i < file.endIssue && i < m_read.issues.size(); ++i) {
        fileIssues.push_back(&m_read.issues[i]);
    }
    const Result<sqlite3_int64> importId = writeImportRow(file, fileIssues.size());
    if (!importId) {
        return Status::failure(importId.error());
    }
    if (const Status kept = writeQuarantine(file, *importId, fileIssues); !kept) {
        return kept;
    }
    const Bulk* failing = writeRecords(file, *importId);
    if (m_cancelled) {
        return Status::failure(RecordStore::cancelledMessage());
    }
    if (failing) {
        return failed(file.fileName, failing->error());
    }
    m_outcome.rows[file.kind] += int(file.endRecord - file.firstRecord);
    return Status::success();
}

// The file's record_imports row: where its records came from (name, hash, mapping, mode) and how
// many of its rows went to quarantine. Returns the row's id.
Result<sqlite3_int64> ImportWriter::writeImportRow(const RecordFileSummary& file, size_t keptIssues)
{
    const QByteArray uuid = newUuid().toUtf8();
    const QByteArray kind = file.kind.toUtf8();
    const QByteArray fileName = file.fileName.toUtf8();
    const ColumnMapping& fileMapping = file.mapping.isEmpty() ? m_options.mappings.value(file.kind) : file.mapping;
    const QByteArray mapping =
        fileMapping.isEmpty() ? QByteArray() : QJsonDocument(fileMapping.toJson()).toJson(QJsonDocument::Compact);
    m_importRow.text(1, uuid);
    m_importRow.integer(2, m_auditId);
    m_importRow.text(3, kind);
    m_importRow.text(4, fileName);
    m_importRow.text(5, file.sha256.isEmpty() ? QByteArray("unknown") : file.sha256);
    m_importRow.integer(6, sqlite3_int64(file.endRecord - file.firstRecord));
    m_importRow.integer(7, sqlite3_int64(keptIssues) + file.issuesNotKept);
    m_outcome.issuesNotKept += file.issuesNotKept;
    m_importRow.text(8, m_mode);
    m_importRow.textOrNull(9, mapping);
    m_importRow.text(10, m_now);
    m_importRow.textOrNull(11, m_actor);
    if (!m_importRow.step()) {
        return Result<sqlite3_int64>::failure(failed(file.fileName, m_importRow.error()).error());
    }
    const sqlite3_int64 importId = sqlite3_last_insert_rowid(m_db);
    m_outcome.importUuids.append(QString::fromUtf8(uuid));
    return importId;
}

// The file's issues the reader kept (bad rows in quarantine mode, unpaired punches).
Status ImportWriter::writeQuarantine(const RecordFileSummary& file, sqlite3_int64 importId,
                                     const std::vector<const RecordIssue*>& fileIssues)
{
    for (const RecordIssue* issue : fileIssues) {
        const QByteArray column = issue->column.toUtf8();
        const QByteArray reason = issue->reason.toUtf8();
        const QByteArray raw = issue->raw.toUtf8();
        m_quarantineRow.integer(1, importId);
        m_quarantineRow.integer(2, issue->line);
        m_quarantineRow.textOrNull(3, column);
        m_quarantineRow.text(4, reason);
        m_quarantineRow.text(5, raw);
        if (!m_quarantineRow.step()) {
            return failed(file.fileName, m_quarantineRow.error());
        }
        ++m_outcome.quarantined;
    }
    return Status::success();
}

// Writes each of the file's records with writeRow(index), which binds and steps one row (the
// bound bytes live until its step). Returns the statement that failed, else nullptr (also when
// cancelled: then m_cancelled is set).
template <typename WriteRow>
Bulk* ImportWriter::writeRows(Bulk& statement, const RecordFileSummary& file, WriteRow writeRow)
{
    for (size_t i = file.firstRecord; i < file.endRecord; ++i) {
        if (!writeRow(i)) {
            return &statement;
        }
        if (!tick()) {
            break;
        }
    }
    return nullptr;
}

// The file's records into the table of its kind (an attlog's into time_records).
Bulk* ImportWriter::writeRecords(const RecordFileSummary& file, sqlite3_int64 importId)
{
    const QString table = tableOfKind(file.kind);
    if (table == QStringLiteral("workers")) {
        return writeRows(m_workerRow, file, [&](size_t i) { return writeWorker(m_records.workers[i], importId); });
    }
    if (table == QStringLiteral("time_records")) {
        return writeRows(m_timeRow, file,
                         [&](size_t i) { return writeTimeRecord(m_records.timeRecords[i], importId); });
    }
    if (table == QStringLiteral("payroll")) {
        return writeRows(m_payRow, file, [&](size_t i) { return writePayroll(m_records.payroll[i], importId); });
    }
    if (table == QStringLiteral("production")) {
        return writeRows(m_productionRow, file,
                         [&](size_t i) { return writeProduction(m_records.production[i], importId); });
    }
    return writeRows(m_gateRow, file, [&](size_t i) { return writeGateEvent(m_records.gateEvents[i], importId); });
}

// Register attributes beyond formats.md that interview sampling uses (never personal), as compact
// JSON; empty when the register has none.
QByteArray registerExtras(const WorkerRecord& w)
{
    QJsonObject extra;
    if (w.migrant >= 0) {
        extra.insert(QStringLiteral("migrant"), w.migrant == 1);
    }
    if (w.agency >= 0) {
        extra.insert(QStringLiteral("agency"), w.agency == 1);
    }
    return extra.isEmpty() ? QByteArray() : QJsonDocument(extra).toJson(QJsonDocument::Compact);
}

bool ImportWriter::writeWorker(const WorkerRecord& w, sqlite3_int64 importId)
{
    const DateText birth(w.birthDate);
    const DateText hire(w.hireDate);
    const DateText termination(w.terminationDate);
    const QByteArray gender = w.gender.toUtf8();
    const QByteArray department = w.department.toUtf8();
    const QByteArray position = w.position.toUtf8();
    m_workerRow.integer(1, m_auditId);
    m_workerRow.integer(2, importId);
    m_workerRow.integer(3, w.line);
    m_workerRow.text(4, m_ids[size_t(w.worker)]);
    m_workerRow.text(5, birth.bytes, 10);
    m_workerRow.text(6, hire.bytes, 10);
    if (w.terminationDate != kNoDate) {
        m_workerRow.text(11, termination.bytes, 10);
    } else {
        m_workerRow.null(11);
    }
    m_workerRow.textOrNull(8, gender);
    m_workerRow.textOrNull(9, department);
    m_workerRow.textOrNull(10, position);
    const QByteArray extraJson = registerExtras(w);
    m_workerRow.textOrNull(13, extraJson);
    bindPersonal(w);
    return m_workerRow.step();
}

// Personal data (id_number, name): sealed for its place when the protector can bind, else sealed,
// or NULL (counted as withheld when there was a value but no unlocked protector). Never plaintext.
void ImportWriter::bindPersonal(const WorkerRecord& w)
{
    const std::tuple<int, const char*, const QString*> personal[] = {{7, "id_number", &w.idNumber},
                                                                     {12, "name", &w.name}};
    for (const auto& [column, columnName, value] : personal) {
        if (value->isEmpty()) {
            m_workerRow.null(column);
        } else if (m_canSeal && m_binder) {
            m_workerRow.blob(column,
                             m_binder->sealFor(*value, RecordStore::workerPlace(QLatin1String(columnName), m_auditUuid,
                                                                                m_records.workerIds.at(w.worker))));
        } else if (m_canSeal) {
            m_workerRow.blob(column, m_protector->seal(*value));
        } else {
            m_workerRow.null(column);
            ++m_outcome.personalValuesWithheld;
        }
    }
}

bool ImportWriter::writeTimeRecord(const TimeRecord& r, sqlite3_int64 importId)
{
    const DateText date(r.date);
    m_timeRow.integer(1, m_auditId);
    m_timeRow.integer(2, importId);
    m_timeRow.integer(3, r.line);
    m_timeRow.text(4, m_ids[size_t(r.worker)]);
    m_timeRow.text(5, date.bytes, 10);
    (r.missing & TimeRecord::MissingIn) ? m_timeRow.null(6) : m_timeRow.integer(6, r.timeIn);
    (r.missing & TimeRecord::MissingOut) ? m_timeRow.null(7) : m_timeRow.integer(7, r.timeOut);
    m_timeRow.integer(8, r.breakMinutes);
    const QByteArray department = r.department.toUtf8();
    m_timeRow.textOrNull(9, department);
    r.manual ? m_timeRow.text(10, "manual", 6) : m_timeRow.text(10, "clock", 5);
    return m_timeRow.step();
}

bool ImportWriter::writePayroll(const PayrollRecord& p, sqlite3_int64 importId)
{
    const DateText start(p.periodStart);
    const DateText end(p.periodEnd);
    m_payRow.integer(1, m_auditId);
    m_payRow.integer(2, importId);
    m_payRow.integer(3, p.line);
    m_payRow.text(4, m_ids[size_t(p.worker)]);
    m_payRow.text(5, start.bytes, 10);
    m_payRow.text(6, end.bytes, 10);
    m_payRow.real(7, p.regularHours);
    m_payRow.real(8, p.overtimeHours);
    m_payRow.real(9, p.regularPay);
    m_payRow.real(10, p.overtimePay);
    p.hasBonus ? m_payRow.real(11, p.bonus) : m_payRow.null(11);
    p.hasDeductions ? m_payRow.real(12, p.deductions) : m_payRow.null(12);
    m_payRow.real(13, p.netPay);
    p.hasLeaveHours ? m_payRow.real(14, p.leaveHours) : m_payRow.null(14);
    p.hasHolidayHours ? m_payRow.real(15, p.holidayHours) : m_payRow.null(15);
    return m_payRow.step();
}

bool ImportWriter::writeProduction(const ProductionRecord& p, sqlite3_int64 importId)
{
    const DateText date(p.date);
    const QByteArray department = p.department.toUtf8();
    m_productionRow.integer(1, m_auditId);
    m_productionRow.integer(2, importId);
    m_productionRow.integer(3, p.line);
    m_productionRow.text(4, date.bytes, 10);
    m_productionRow.text(5, department);
    m_productionRow.real(6, p.units);
    m_productionRow.real(7, p.standardMinutes);
    return m_productionRow.step();
}

bool ImportWriter::writeGateEvent(const GateEvent& e, sqlite3_int64 importId)
{
    char stamp[19]; // "YYYY-MM-DD hh:mm:ss"
    recordformat::writeDate(stamp, e.date);
    stamp[10] = ' ';
    recordformat::writeTime(stamp + 11, e.time);
    m_gateRow.integer(1, m_auditId);
    m_gateRow.integer(2, importId);
    m_gateRow.integer(3, e.line);
    m_gateRow.text(4, m_ids[size_t(e.worker)]);
    m_gateRow.text(5, stamp, 19);
    m_gateRow.text(6, e.in ? "in" : "out", e.in ? 2 : 3);
    return m_gateRow.step();
}

// After each row: every 4,096 rows, tell the progress and look at the cancel flag.
bool ImportWriter::tick()
{
    if ((++m_written & 0xFFF) != 0) {
        return true;
    }
    if (m_control.cancel && m_control.cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    if (m_control.progress) {
        m_control.progress(m_written, m_total);
    }
    return true;
}

// Commit: the records stay only when the import was not cancelled and the caller's own work
// (control.beforeCommit) succeeded inside the same transaction.
Status commitImport(Transaction& tx, const RecordImportControl& control)
{
    if (control.cancel && control.cancel->load()) {
        return Status::failure(RecordStore::cancelledMessage());
    }
    if (control.beforeCommit) {
        if (const Status done = control.beforeCommit(); !done) {
            return done;
        }
    }
    return tx.commit();
}

} // namespace

Result<RecordImportOutcome> RecordStore::importRecords(qint64 auditId, const RecordReadOutcome& read,
                                                       const RecordReadOptions& options,
                                                       const RecordImportControl& control)
{
    using R = Result<RecordImportOutcome>;
    const ImportMode importMode = control.mode.value_or(read.mode);
    if (const Status importable = checkImportable(m_db, auditId, read, importMode); !importable) {
        return R::failure(importable.error());
    }
    RecordImportOutcome outcome;
    BulkLoadSettings bulkSettings(m_db);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }
    if (const Status cleared = replaceEarlierRecords(m_db, auditId, read.files, outcome); !cleared) {
        return R::failure(cleared.error());
    }
    // Declared after the transaction: its statements are finalized before a rollback.
    ImportWriter writer(m_db, auditId, read, options, control, outcome);
    if (const Status prepared = writer.prepare(m_protector, importMode); !prepared) {
        return R::failure(prepared.error());
    }
    for (const RecordFileSummary& file : read.files) {
        if (const Status written = writer.writeFile(file); !written) {
            return R::failure(written.error()); // the transaction rolls back
        }
    }
    if (const Status committed = commitImport(tx, control); !committed) {
        return R::failure(committed.error());
    }
    outcome.issues = read.issues;
    return outcome;
}

namespace {

class Interner
{
public:
    explicit Interner(RecordSet& set) : m_set(set)
    {}
    int intern(const unsigned char* text, int size)
    {
        std::string key(reinterpret_cast<const char*>(text), size_t(size));
        const auto it = m_ids.find(key);
        if (it != m_ids.end()) {
            return it->second;
        }
        const int index = m_set.internWorker(QString::fromUtf8(reinterpret_cast<const char*>(text), size));
        m_ids.emplace(std::move(key), index);
        return index;
    }

private:
    RecordSet& m_set;
    std::unordered_map<std::string, int> m_ids;
};

QByteArrayView columnBytes(sqlite3_stmt* st, int column)
{
    return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(st, column)),
                          sqlite3_column_bytes(st, column));
}

JulianDay columnDate(sqlite3_stmt* st, int column)
{
    JulianDay jd = kNoDate;
    if (sqlite3_column_type(st, column) != SQLITE_NULL) {
        fieldparsing::parseDate(columnBytes(st, column), &jd);
    }
    return jd;
}

} // namespace

Result<RecordSet> RecordStore::loadRecordSet(const Database& db, qint64 auditId, const PersonalDataProtector* protector)
{
    sqlite3* h = db.handle();
    RecordSet set;
    Interner interner(set);
    QString error;
    auto query = [&](const char* sql, auto&& row) {
        if (!error.isEmpty()) {
            return;
        }
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(h));
            return;
        }
        sqlite3_bind_int64(st, 1, auditId);
        int rc = 0;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            row(st);
        }
        if (rc != SQLITE_DONE) {
            error = QString::fromUtf8(sqlite3_errmsg(h));
        }
        sqlite3_finalize(st);
    };
    const bool canOpen = protector && protector->isUnlocked();
    const auto* binder = dynamic_cast<const SodiumDataProtector*>(protector);
    if (binder && canOpen) {
        IdentityFingerprint::setStoreKey(binder->derivedKey(QByteArrayLiteral("identity-fingerprint")));
    }
    QString auditUuid;
    if (canOpen) {
        Result<QVariant> uuid = db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?"), {auditId});
        auditUuid = uuid ? uuid->toString() : QString();
    }
    query("SELECT worker_id, birth_date, hire_date, termination_date, gender, department, position, source_line, "
          "id_number FROM workers WHERE audit_id = ? ORDER BY id",
          [&](sqlite3_stmt* st) {
              WorkerRecord w;
              w.worker = interner.intern(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
              w.birthDate = columnDate(st, 1);
              w.hireDate = columnDate(st, 2);
              w.terminationDate = columnDate(st, 3);
              w.gender = QString::fromUtf8(columnBytes(st, 4));
              w.department = QString::fromUtf8(columnBytes(st, 5));
              w.position = QString::fromUtf8(columnBytes(st, 6));
              w.line = sqlite3_column_int(st, 7);
              if (canOpen && sqlite3_column_type(st, 8) == SQLITE_BLOB) {
                  const QByteArray sealed(static_cast<const char*>(sqlite3_column_blob(st, 8)),
                                          sqlite3_column_bytes(st, 8));
                  // A value sealed for another worker, column or audit does not open here.
                  w.idNumber = (binder ? binder->openFor(sealed, workerPlace(QStringLiteral("id_number"), auditUuid,
                                                                             set.workerId(w.worker)))
                                       : protector->open(sealed))
                                   .value_or(QString());
              }
              set.workers.push_back(std::move(w));
          });
    TextInterner departments; // one string per department name, shared by every row naming it
    query("SELECT worker_id, date, time_in, time_out, break_minutes, source_line, department, source FROM "
          "time_records WHERE audit_id = ? ORDER BY id",
          [&](sqlite3_stmt* st) {
              TimeRecord r;
              r.worker = interner.intern(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
              r.date = columnDate(st, 1);
              if (sqlite3_column_type(st, 2) == SQLITE_NULL) {
                  r.missing |= TimeRecord::MissingIn;
              }
              if (sqlite3_column_type(st, 3) == SQLITE_NULL) {
                  r.missing |= TimeRecord::MissingOut;
              }
              r.timeIn = sqlite3_column_int(st, 2);
              r.timeOut = sqlite3_column_int(st, 3);
              r.breakMinutes = sqlite3_column_int(st, 4);
              r.line = sqlite3_column_int(st, 5);
              if (sqlite3_column_type(st, 6) != SQLITE_NULL) {
                  r.department = departments.intern(columnBytes(st, 6));
              }
              r.manual = columnBytes(st, 7) == "manual";
              set.timeRecords.push_back(r);
          });
    query(
        "SELECT worker_id, period_start, period_end, regular_hours, overtime_hours, regular_pay, overtime_pay, bonus, "
        "deductions, net_pay, source_line, leave_hours, holiday_hours FROM payroll WHERE audit_id = ? ORDER BY id",
        [&](sqlite3_stmt* st) {
            PayrollRecord p;
            p.worker = interner.intern(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
            p.periodStart = columnDate(st, 1);
            p.periodEnd = columnDate(st, 2);
            p.regularHours = sqlite3_column_double(st, 3);
            p.overtimeHours = sqlite3_column_double(st, 4);
            p.regularPay = sqlite3_column_double(st, 5);
            p.overtimePay = sqlite3_column_double(st, 6);
            p.hasBonus = sqlite3_column_type(st, 7) != SQLITE_NULL;
            p.bonus = sqlite3_column_double(st, 7);
            p.hasDeductions = sqlite3_column_type(st, 8) != SQLITE_NULL;
            p.deductions = sqlite3_column_double(st, 8);
            p.netPay = sqlite3_column_double(st, 9);
            p.line = sqlite3_column_int(st, 10);
            p.hasLeaveHours = sqlite3_column_type(st, 11) != SQLITE_NULL;
            p.leaveHours = sqlite3_column_double(st, 11);
            p.hasHolidayHours = sqlite3_column_type(st, 12) != SQLITE_NULL;
            p.holidayHours = sqlite3_column_double(st, 12);
            set.payroll.push_back(p);
        });
    query(
        "SELECT date, department, units, standard_minutes, source_line FROM production WHERE audit_id = ? ORDER BY id",
        [&](sqlite3_stmt* st) {
            ProductionRecord p;
            p.date = columnDate(st, 0);
            p.department = departments.intern(columnBytes(st, 1));
            p.units = sqlite3_column_double(st, 2);
            p.standardMinutes = sqlite3_column_double(st, 3);
            p.line = sqlite3_column_int(st, 4);
            set.production.push_back(std::move(p));
        });
    query("SELECT worker_id, timestamp, direction, source_line FROM gate_events WHERE audit_id = ? ORDER BY id",
          [&](sqlite3_stmt* st) {
              GateEvent e;
              e.worker = interner.intern(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
              fieldparsing::parseTimestamp(columnBytes(st, 1), &e.date, &e.time);
              e.in = columnBytes(st, 2) == "in";
              e.line = sqlite3_column_int(st, 3);
              set.gateEvents.push_back(e);
          });
    if (!error.isEmpty()) {
        return Result<RecordSet>::failure(Tr::tr("cannot read the audit's records: %1").arg(error));
    }
    return set;
}

Status RecordStore::saveColumnMapping(qint64 facilityId, const QString& kind, const ColumnMapping& mapping)
{
    Result<Statement> st = m_db.prepare(
        QStringLiteral("INSERT INTO column_mappings (facility_id, kind, mapping_json, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (facility_id, kind) DO UPDATE SET mapping_json = excluded.mapping_json, "
                       "updated_at = excluded.updated_at"));
    if (!st) {
        return Status::failure(st.error());
    }
    st->bind(1, facilityId)
        .bind(2, kind)
        .bind(3, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, nowUtc());
    if (!st->exec()) {
        return Status::failure(st->errorMessage());
    }
    return Status::success();
}

Result<QHash<QString, ColumnMapping>> RecordStore::columnMappings(qint64 facilityId) const
{
    Result<Statement> st =
        m_db.prepare(QStringLiteral("SELECT kind, mapping_json FROM column_mappings WHERE facility_id = ?"));
    if (!st) {
        return Result<QHash<QString, ColumnMapping>>::failure(st.error());
    }
    st->bind(1, facilityId);
    QHash<QString, ColumnMapping> mappings;
    while (st->step()) {
        mappings.insert(st->text(0), ColumnMapping::fromJson(QJsonDocument::fromJson(st->text(1).toUtf8()).object()));
    }
    if (st->hasError()) {
        return Result<QHash<QString, ColumnMapping>>::failure(st->errorMessage());
    }
    return mappings;
}

} // namespace fieldbook
