#include "app/records/RecordStore.h"
#include "app/analysis/checks/DuplicateIdentityCheck.h"
#include "app/core/PersonalDataProtector.h"
#include "app/records/FieldParsing.h"
#include "app/records/RecordFormatting.h"
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
    if (kind == QStringLiteral("attlog") || kind == QStringLiteral("time_records")) {
        return QStringLiteral("time_records");
    }
    if (kind == QStringLiteral("gate_log")) {
        return QStringLiteral("gate_events");
    }
    return kind;
}

QString kindsOfTable(const QString& table)
{
    if (table == QStringLiteral("time_records")) {
        return QStringLiteral("'time_records','attlog'");
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

Result<RecordImportOutcome> RecordStore::importRecords(qint64 auditId, const RecordReadOutcome& read,
                                                       const RecordReadOptions& options,
                                                       const RecordImportControl& control)
{
    using R = Result<RecordImportOutcome>;
    const ImportMode importMode = control.mode.value_or(read.mode);
    if (importMode == ImportMode::AllOrNothing && read.blockingIssues() > 0) {
        return R::failure(QCoreApplication::translate("RecordStore",
                                                      "%n bad row(s): nothing was imported (import the good rows "
                                                      "with quarantine mode)\n",
                                                      "", read.blockingIssues()) +
                          describeIssues(read.issues));
    }
    Result<QVariant> exists = m_db.scalar(QStringLiteral("SELECT count(*) FROM audits WHERE id = ?"), {auditId});
    if (!exists || exists->toInt() != 1) {
        return R::failure(exists ? Tr::tr("no audit with id %1").arg(auditId) : exists.error());
    }
    sqlite3* db = m_db.handle();
    const RecordSet& records = read.records;
    RecordImportOutcome outcome;
    BulkLoadSettings bulkSettings(m_db);
    Transaction tx(m_db);
    if (!tx.isActive()) {
        return R::failure(tx.error());
    }

    // Replace the audit's earlier records of every kind present in this import.
    QStringList tables;
    for (const RecordFileSummary& file : read.files) {
        const QString table = tableOfKind(file.kind);
        if (!tables.contains(table)) {
            tables.append(table);
        }
    }
    for (const QString& table : tables) {
        Result<QVariant> before =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE audit_id = ?").arg(table), {auditId});
        if (before && before->toLongLong() > 0) {
            outcome.replacedKinds.append(table);
        }
        const Status cleared =
            // Explicit deletes, not cascades: foreign keys are off for the bulk load.
            m_db.exec(
                QStringLiteral("DELETE FROM %1 WHERE audit_id = %2; DELETE FROM import_quarantine WHERE import_id "
                               "IN (SELECT id FROM record_imports WHERE audit_id = %2 AND kind IN (%3)); "
                               "DELETE FROM record_imports WHERE audit_id = %2 AND kind IN (%3);")
                    .arg(table)
                    .arg(auditId)
                    .arg(kindsOfTable(table)));
        if (!cleared) {
            return R::failure(cleared.error());
        }
    }

    // UTF-8 worker ids once, not once per row.
    std::vector<QByteArray> ids;
    ids.reserve(size_t(records.workerIds.size()));
    for (const QString& id : records.workerIds) {
        ids.push_back(id.toUtf8());
    }

    Bulk importRow(db, "INSERT INTO record_imports (uuid, audit_id, kind, file_name, sha256, row_count, quarantined, "
                       "mode, mapping_json, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    Bulk quarantineRow(db,
                       "INSERT INTO import_quarantine (import_id, line, column_name, reason, raw) VALUES (?,?,?,?,?)");
    Bulk workerRow(db, "INSERT INTO workers (audit_id, import_id, source_line, worker_id, birth_date, hire_date, "
                       "id_number, gender, department, position, termination_date, name, extra_json) VALUES "
                       "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Bulk timeRow(db, "INSERT INTO time_records (audit_id, import_id, source_line, worker_id, date, time_in, time_out, "
                     "break_minutes) VALUES (?,?,?,?,?,?,?,?)");
    Bulk payRow(db, "INSERT INTO payroll (audit_id, import_id, source_line, worker_id, period_start, period_end, "
                    "regular_hours, overtime_hours, regular_pay, overtime_pay, bonus, deductions, net_pay) VALUES "
                    "(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    Bulk productionRow(db, "INSERT INTO production (audit_id, import_id, source_line, date, department, units, "
                           "standard_minutes) VALUES (?,?,?,?,?,?,?)");
    Bulk gateRow(db, "INSERT INTO gate_events (audit_id, import_id, source_line, worker_id, timestamp, direction) "
                     "VALUES (?,?,?,?,?,?)");
    for (Bulk* b : {&importRow, &quarantineRow, &workerRow, &timeRow, &payRow, &productionRow, &gateRow}) {
        if (!b->ok()) {
            return R::failure(b->error());
        }
    }
    const bool canSeal = m_protector && m_protector->isUnlocked();
    // Sealed values are bound to their place (table, column, audit and worker id) when the
    // protector can: a value copied to another worker's row does not open there.
    const auto* binder = dynamic_cast<const SodiumDataProtector*>(m_protector);
    const Result<QVariant> auditUuidValue =
        m_db.scalar(QStringLiteral("SELECT uuid FROM audits WHERE id = ?"), {auditId});
    const QString auditUuid = auditUuidValue ? auditUuidValue->toString() : QString();
    const QByteArray now = nowUtc().toUtf8();
    const QByteArray actor = m_db.actor().toUtf8();
    const QByteArray mode = importModeName(importMode).toUtf8();
    qint64 total = 0;
    for (const RecordFileSummary& file : read.files) {
        total += qint64(file.endRecord - file.firstRecord);
    }
    qint64 written = 0;
    bool cancelled = false;
    // After each row: every few thousand rows, tell the progress and look at the cancel flag.
    auto tick = [&]() {
        if ((++written & 0xFFF) != 0) {
            return true;
        }
        if (control.cancel && control.cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return false;
        }
        if (control.progress) {
            control.progress(written, total);
        }
        return true;
    };

    for (const RecordFileSummary& file : read.files) {
        const QByteArray uuid = newUuid().toUtf8();
        const QByteArray kind = file.kind.toUtf8();
        const QByteArray fileName = file.fileName.toUtf8();
        const ColumnMapping& fileMapping = file.mapping.isEmpty() ? options.mappings.value(file.kind) : file.mapping;
        const QByteArray mapping =
            fileMapping.isEmpty() ? QByteArray() : QJsonDocument(fileMapping.toJson()).toJson(QJsonDocument::Compact);
        std::vector<const RecordIssue*> fileIssues;
        for (size_t i = file.firstIssue; i < file.endIssue && i < read.issues.size(); ++i) {
            fileIssues.push_back(&read.issues[i]);
        }
        importRow.text(1, uuid);
        importRow.integer(2, auditId);
        importRow.text(3, kind);
        importRow.text(4, fileName);
        importRow.text(5, file.sha256.isEmpty() ? QByteArray("unknown") : file.sha256);
        importRow.integer(6, sqlite3_int64(file.endRecord - file.firstRecord));
        importRow.integer(7, sqlite3_int64(fileIssues.size()) + file.issuesNotKept);
        outcome.issuesNotKept += file.issuesNotKept;
        importRow.text(8, mode);
        importRow.textOrNull(9, mapping);
        importRow.text(10, now);
        importRow.textOrNull(11, actor);
        if (!importRow.step()) {
            return R::failure(failed(file.fileName, importRow.error()).error());
        }
        const sqlite3_int64 importId = sqlite3_last_insert_rowid(db);
        outcome.importUuids.append(QString::fromUtf8(uuid));

        for (const RecordIssue* issue : fileIssues) {
            const QByteArray column = issue->column.toUtf8();
            const QByteArray reason = issue->reason.toUtf8();
            const QByteArray raw = issue->raw.toUtf8();
            quarantineRow.integer(1, importId);
            quarantineRow.integer(2, issue->line);
            quarantineRow.textOrNull(3, column);
            quarantineRow.text(4, reason);
            quarantineRow.text(5, raw);
            if (!quarantineRow.step()) {
                return R::failure(failed(file.fileName, quarantineRow.error()).error());
            }
            ++outcome.quarantined;
        }

        const QString table = tableOfKind(file.kind);
        Bulk* failing = nullptr;
        if (table == QStringLiteral("workers")) {
            for (size_t i = file.firstRecord; i < file.endRecord && !failing; ++i) {
                const WorkerRecord& w = records.workers[i];
                const DateText birth(w.birthDate);
                const DateText hire(w.hireDate);
                const DateText termination(w.terminationDate);
                const QByteArray gender = w.gender.toUtf8();
                const QByteArray department = w.department.toUtf8();
                const QByteArray position = w.position.toUtf8();
                workerRow.integer(1, auditId);
                workerRow.integer(2, importId);
                workerRow.integer(3, w.line);
                workerRow.text(4, ids[size_t(w.worker)]);
                workerRow.text(5, birth.bytes, 10);
                workerRow.text(6, hire.bytes, 10);
                if (w.terminationDate != kNoDate) {
                    workerRow.text(11, termination.bytes, 10);
                } else {
                    workerRow.null(11);
                }
                workerRow.textOrNull(8, gender);
                workerRow.textOrNull(9, department);
                workerRow.textOrNull(10, position);
                // Register attributes beyond formats.md that interview sampling uses (never personal).
                QJsonObject extra;
                if (w.migrant >= 0) {
                    extra.insert(QStringLiteral("migrant"), w.migrant == 1);
                }
                if (w.agency >= 0) {
                    extra.insert(QStringLiteral("agency"), w.agency == 1);
                }
                const QByteArray extraJson =
                    extra.isEmpty() ? QByteArray() : QJsonDocument(extra).toJson(QJsonDocument::Compact);
                workerRow.textOrNull(13, extraJson);
                // Personal data: sealed, or NULL. Never plaintext.
                const std::tuple<int, const char*, const QString*> personal[] = {{7, "id_number", &w.idNumber},
                                                                                 {12, "name", &w.name}};
                for (const auto& [column, columnName, value] : personal) {
                    if (value->isEmpty()) {
                        workerRow.null(column);
                    } else if (canSeal && binder) {
                        workerRow.blob(column, binder->sealFor(*value, workerPlace(QLatin1String(columnName), auditUuid,
                                                                                   records.workerIds.at(w.worker))));
                    } else if (canSeal) {
                        workerRow.blob(column, m_protector->seal(*value));
                    } else {
                        workerRow.null(column);
                        ++outcome.personalValuesWithheld;
                    }
                }
                if (!workerRow.step()) {
                    failing = &workerRow;
                } else if (!tick()) {
                    break;
                }
            }
        } else if (table == QStringLiteral("time_records")) {
            for (size_t i = file.firstRecord; i < file.endRecord && !failing; ++i) {
                const TimeRecord& r = records.timeRecords[i];
                const DateText date(r.date);
                timeRow.integer(1, auditId);
                timeRow.integer(2, importId);
                timeRow.integer(3, r.line);
                timeRow.text(4, ids[size_t(r.worker)]);
                timeRow.text(5, date.bytes, 10);
                timeRow.integer(6, r.timeIn);
                timeRow.integer(7, r.timeOut);
                timeRow.integer(8, r.breakMinutes);
                if (!timeRow.step()) {
                    failing = &timeRow;
                } else if (!tick()) {
                    break;
                }
            }
        } else if (table == QStringLiteral("payroll")) {
            for (size_t i = file.firstRecord; i < file.endRecord && !failing; ++i) {
                const PayrollRecord& p = records.payroll[i];
                const DateText start(p.periodStart);
                const DateText end(p.periodEnd);
                payRow.integer(1, auditId);
                payRow.integer(2, importId);
                payRow.integer(3, p.line);
                payRow.text(4, ids[size_t(p.worker)]);
                payRow.text(5, start.bytes, 10);
                payRow.text(6, end.bytes, 10);
                payRow.real(7, p.regularHours);
                payRow.real(8, p.overtimeHours);
                payRow.real(9, p.regularPay);
                payRow.real(10, p.overtimePay);
                p.hasBonus ? payRow.real(11, p.bonus) : payRow.null(11);
                p.hasDeductions ? payRow.real(12, p.deductions) : payRow.null(12);
                payRow.real(13, p.netPay);
                if (!payRow.step()) {
                    failing = &payRow;
                } else if (!tick()) {
                    break;
                }
            }
        } else if (table == QStringLiteral("production")) {
            for (size_t i = file.firstRecord; i < file.endRecord && !failing; ++i) {
                const ProductionRecord& p = records.production[i];
                const DateText date(p.date);
                const QByteArray department = p.department.toUtf8();
                productionRow.integer(1, auditId);
                productionRow.integer(2, importId);
                productionRow.integer(3, p.line);
                productionRow.text(4, date.bytes, 10);
                productionRow.text(5, department);
                productionRow.real(6, p.units);
                productionRow.real(7, p.standardMinutes);
                if (!productionRow.step()) {
                    failing = &productionRow;
                } else if (!tick()) {
                    break;
                }
            }
        } else {
            char stamp[19];
            for (size_t i = file.firstRecord; i < file.endRecord && !failing; ++i) {
                const GateEvent& e = records.gateEvents[i];
                recordformat::writeDate(stamp, e.date);
                stamp[10] = ' ';
                recordformat::writeTime(stamp + 11, e.time);
                gateRow.integer(1, auditId);
                gateRow.integer(2, importId);
                gateRow.integer(3, e.line);
                gateRow.text(4, ids[size_t(e.worker)]);
                gateRow.text(5, stamp, 19);
                gateRow.text(6, e.in ? "in" : "out", e.in ? 2 : 3);
                if (!gateRow.step()) {
                    failing = &gateRow;
                } else if (!tick()) {
                    break;
                }
            }
        }
        if (cancelled) {
            return R::failure(cancelledMessage()); // the transaction rolls back
        }
        if (failing) {
            return R::failure(failed(file.fileName, failing->error()).error());
        }
        outcome.rows[file.kind] += int(file.endRecord - file.firstRecord);
    }
    if (control.cancel && control.cancel->load()) {
        return R::failure(cancelledMessage());
    }
    if (control.beforeCommit) {
        if (const Status done = control.beforeCommit(); !done) {
            return R::failure(done.error());
        }
    }
    const Status committed = tx.commit();
    if (!committed) {
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
        DuplicateIdentityCheck::setStoreKey(binder->derivedKey(QByteArrayLiteral("identity-fingerprint")));
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
    query("SELECT worker_id, date, time_in, time_out, break_minutes, source_line FROM time_records WHERE audit_id = ? "
          "ORDER BY id",
          [&](sqlite3_stmt* st) {
              TimeRecord r;
              r.worker = interner.intern(sqlite3_column_text(st, 0), sqlite3_column_bytes(st, 0));
              r.date = columnDate(st, 1);
              r.timeIn = sqlite3_column_int(st, 2);
              r.timeOut = sqlite3_column_int(st, 3);
              r.breakMinutes = sqlite3_column_int(st, 4);
              r.line = sqlite3_column_int(st, 5);
              set.timeRecords.push_back(r);
          });
    query(
        "SELECT worker_id, period_start, period_end, regular_hours, overtime_hours, regular_pay, overtime_pay, bonus, "
        "deductions, net_pay, source_line FROM payroll WHERE audit_id = ? ORDER BY id",
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
            set.payroll.push_back(p);
        });
    QHash<QByteArray, QString> departments;
    query(
        "SELECT date, department, units, standard_minutes, source_line FROM production WHERE audit_id = ? ORDER BY id",
        [&](sqlite3_stmt* st) {
            ProductionRecord p;
            p.date = columnDate(st, 0);
            const QByteArray department = columnBytes(st, 1).toByteArray();
            auto it = departments.find(department);
            if (it == departments.end()) {
                it = departments.insert(department, QString::fromUtf8(department));
            }
            p.department = it.value();
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
