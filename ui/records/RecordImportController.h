#pragma once

#include "app/records/RecordImportJob.h"
#include "app/records/RecordImportSession.h"

#include <QFutureWatcher>
#include <QObject>
#include <atomic>
#include <memory>

namespace fieldbook {

class WorkspaceContext;

// What the import wizard's pages share: the import session and the two pieces of background
// work on it, the full check and the import (QtConcurrent; the import opens its own store
// connection). Pages call it and listen to it; the decisions are the session's and the job's.
class RecordImportController : public QObject
{
    Q_OBJECT

public:
    explicit RecordImportController(WorkspaceContext& context, QObject* parent = nullptr);
    ~RecordImportController() override; // cancels and waits: nothing outlives the wizard

    RecordImportSession& session()
    {
        return m_session;
    }
    const RecordImportSession& session() const
    {
        return m_session;
    }
    QString setupError() const // the audit could not be read (the session has no facility then)
    {
        return m_setupError;
    }
    // Adds files and folders (dropped, or chosen in a dialog); returns how many files were added.
    int addPaths(const QStringList& paths);
    // Every change to the session goes through here or is followed by notifyChanged().
    void notifyChanged();

    // Checks the session as it is now; a check still running is stopped first.
    void startCheck();
    void cancelCheck();
    bool isChecking() const;
    // The last finished check (null before); it may be stale if the session changed since.
    std::shared_ptr<const RecordImportCheck> check() const
    {
        return m_check;
    }
    bool checkIsCurrent() const;

    void startImport(ImportMode mode, bool rememberMappings);
    void cancelImport();
    bool isImporting() const;
    const RecordImportReport& report() const
    {
        return m_report;
    }

signals:
    void sessionChanged();
    void checkProgress(qint64 done, qint64 total);
    void checkFinished();
    void importProgress(fieldbook::ImportStage stage, qint64 done, qint64 total);
    void importFinished();

private:
    WorkspaceContext& m_context;
    RecordImportSession m_session;
    QString m_setupError;
    bool m_checkAgain = false;
    std::shared_ptr<const RecordImportCheck> m_check;
    RecordImportReport m_report;
    std::shared_ptr<std::atomic<bool>> m_checkCancel;
    std::shared_ptr<std::atomic<bool>> m_importCancel;
    QFutureWatcher<std::shared_ptr<const RecordImportCheck>>* m_checkWatcher = nullptr;
    QFutureWatcher<RecordImportReport>* m_importWatcher = nullptr;
};

} // namespace fieldbook
