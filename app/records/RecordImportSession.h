#pragma once

#include "app/records/ColumnMapping.h"
#include "app/records/RecordDirectoryReader.h"
#include "app/records/RecordImportCheck.h"
#include "app/records/RecordImportFile.h"
#include "app/records/RecordPreview.h"
#include "database/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace fieldbook {

class Database;
struct RecordFileHead;

// The plan of one import of factory records, built step by step as the import wizard (or
// `fieldbook-cli import --file`) goes: the chosen files, named as the factory named them, each
// with its kind, its header row and the header chosen for every canonical column; then a preview
// of the first rows as they will be read, and a full check listing every issue with file, line,
// column and reason. It holds no store connection: it is a value, copied to the background thread
// that checks or imports it (RecordImportJob).
class RecordImportSession
{
public:
    RecordImportSession() = default;
    // A session for an audit: the facility's saved column mappings make the first guesses.
    static Result<RecordImportSession> forAudit(const Database& db, qint64 auditId);

    qint64 auditId() const
    {
        return m_auditId;
    }
    qint64 facilityId() const
    {
        return m_facilityId;
    }
    const QHash<QString, ColumnMapping>& savedMappings() const
    {
        return m_saved;
    }
    void setSavedMappings(const QHash<QString, ColumnMapping>& saved);

    // Files. The kind comes from the file name, else the content (ZKTeco log), else the header
    // row; `kind` given here wins (the auditor's choice). Returns the new file's index.
    // An Excel workbook adds its sheets, each as a file (kind from the sheet's name, else its
    // header): empty sheets are left out, and so are sheets of no known kind when others have
    // one (a summary or notes tab). Returns the first sheet's index. A workbook that cannot be
    // read (a legacy .xls, a password, damage) is added as one file with its problem.
    int addFile(const QString& path, const QString& kind = {});
    // One sheet of a workbook (`--file KIND=book.xlsx:Sheet`), whatever the other sheets hold: its
    // kind given, else found from the sheet as addFile finds it. Fails, naming the workbook and the
    // sheets it has, when it has no sheet of that name; and with the reason when it cannot be read.
    Result<int> addSheet(const QString& path, const QString& sheet, const QString& kind = {});
    // Every .csv, .dat, .txt file and Excel workbook of a folder (not its subfolders), the register first.
    QList<int> addFolder(const QString& folder);
    void removeFile(int index);
    int fileCount() const
    {
        return int(m_files.size());
    }
    const RecordImportFile& file(int index) const
    {
        return m_files[size_t(index)];
    }
    const std::vector<RecordImportFile>& files() const
    {
        return m_files;
    }
    int indexOfPath(const QString& path) const; // a workbook: its first sheet
    int indexOfSheet(const QString& path, const QString& sheet) const;

    void setKind(int index, const QString& kind);         // columns are suggested again for the new kind
    void setEncoding(int index, const QString& encoding); // empty: UTF-8
    // The auditor's answer when a file's dates could be day-first or month-first (or to override
    // what the file's values say); Unknown: decided from the file.
    void setDateOrder(int index, DateOrder order);
    // The same for a file whose amounts ("1,234") do not say their decimal mark.
    void setDecimalMark(int index, DecimalMark mark);
    // The file's header for a canonical column; empty: not in this file. False (nothing changed)
    // for a column the kind does not have or a header the file does not have.
    bool setColumn(int index, const QString& column, const QString& header);
    // canonical -> header for every file of `kind` (--map, --mapping). Unknown columns or headers
    // are reported, not guessed.
    QStringList applyMapping(const QString& kind, const ColumnMapping& mapping);

    // What still blocks each step, one sentence per problem, for people. Empty: go on.
    QStringList fileProblems() const;    // no file, unknown kind, unreadable, not UTF-8, two registers
    QStringList mappingProblems() const; // required columns unmapped, one header used twice
    QStringList missingRequired(int index) const;
    // The value of `column` in the file's first data row (personal data masked), for the mapping step.
    QString exampleValue(int index, const QString& column) const;

    // The first `rows` rows of a file as the import will read them.
    RecordPreview preview(int index, int rows = 20) const;
    // Reads every file whole with its mapping (in parallel; cancel and progress as RecordReadOptions).
    RecordImportCheck check(const std::atomic<bool>* cancel = nullptr,
                            const std::function<void(qint64 done, qint64 total)>& progress = {}) const;

    // What the import reads, file by file.
    std::vector<RecordSource> sources() const;
    // The mappings to save for the facility, per kind: only the columns whose header differs from
    // the canonical name, merged over what was saved before. Empty when there is nothing new.
    QHash<QString, ColumnMapping> mappingsToRemember() const;
    // Bumped by every change: a check of an earlier revision is stale.
    int revision() const
    {
        return m_revision;
    }

    static QString personalMask();
    static QString kindSourceName(KindSource source);     // "file name", "header" ... translated
    static QString columnSourceName(ColumnSource source); // "exact", "saved for this facility" ...

private:
    void inspect(RecordImportFile& file, const QString& kind);
    void chooseKind(RecordImportFile& file, const QString& kind, RecordFileHead& head);
    int addWorkbook(const QString& path, const QString& kind);
    RecordImportFile* at(int index);

    qint64 m_auditId = 0;
    qint64 m_facilityId = 0;
    QHash<QString, ColumnMapping> m_saved;
    std::vector<RecordImportFile> m_files;
    int m_revision = 0;
};

} // namespace fieldbook
