#include "ui/records/RecordImportController.h"

#include "app/core/PersonalDataProtector.h"

#include "database/Database.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent>

namespace fieldbook {

RecordImportController::RecordImportController(WorkspaceContext& context, QObject* parent)
    : QObject(parent), m_context(context), m_checkCancel(std::make_shared<std::atomic<bool>>(false)),
      m_importCancel(std::make_shared<std::atomic<bool>>(false))
{
    Result<RecordImportSession> session = RecordImportSession::forAudit(context.database(), context.auditId());
    if (session) {
        m_session = session.take();
    } else {
        m_setupError = session.error();
    }
    // The check holds every record read (tens of MiB on a big factory): it is made and handed over
    // as a shared pointer, never copied on the GUI thread.
    m_checkWatcher = new QFutureWatcher<std::shared_ptr<const RecordImportCheck>>(this);
    m_importWatcher = new QFutureWatcher<RecordImportReport>(this);
    connect(m_checkWatcher, &QFutureWatcher<std::shared_ptr<const RecordImportCheck>>::finished, this, [this] {
        m_check = m_checkWatcher->result();
        if (m_checkAgain) {
            // Asked for while an earlier check was winding down: its result is already stale.
            m_checkAgain = false;
            startCheck();
        }
        emit checkFinished();
    });
    connect(m_importWatcher, &QFutureWatcher<RecordImportReport>::finished, this, [this] {
        m_report = m_importWatcher->result();
        if (m_report.check) {
            m_check = m_report.check;
        }
        emit importFinished();
    });
}

RecordImportController::~RecordImportController()
{
    m_checkCancel->store(true);
    m_importCancel->store(true);
    m_checkWatcher->waitForFinished();
    m_importWatcher->waitForFinished();
}

int RecordImportController::addPaths(const QStringList& paths)
{
    const int before = m_session.fileCount();
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            m_session.addFolder(path);
        } else if (info.isFile()) {
            m_session.addFile(path);
        }
    }
    notifyChanged();
    return m_session.fileCount() - before;
}

void RecordImportController::notifyChanged()
{
    emit sessionChanged();
}

bool RecordImportController::isChecking() const
{
    return m_checkWatcher->isRunning();
}

bool RecordImportController::checkIsCurrent() const
{
    return m_check && !m_check->cancelled && m_check->revision == m_session.revision();
}

void RecordImportController::startCheck()
{
    if (isChecking()) {
        // One check at a time: the running one is stopped, and this one starts when it has.
        m_checkCancel->store(true);
        m_checkAgain = true;
        return;
    }
    m_checkCancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_checkCancel;
    QPointer<RecordImportController> self(this);
    const RecordImportSession session = m_session; // a copy: the GUI may go on editing its own
    m_checkWatcher->setFuture(QtConcurrent::run([session, cancel, self]() {
        return std::make_shared<const RecordImportCheck>(session.check(cancel.get(), [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(self, [self, done, total] {
                if (self) {
                    emit self->checkProgress(done, total);
                }
            });
        }));
    }));
}

void RecordImportController::cancelCheck()
{
    m_checkCancel->store(true);
}

void RecordImportController::startImport(ImportMode mode, bool rememberMappings)
{
    if (isImporting()) {
        return;
    }
    m_importCancel = std::make_shared<std::atomic<bool>>(false);
    m_report = RecordImportReport();
    RecordImportRequest request;
    request.session = m_session;
    request.check = checkIsCurrent() ? m_check : nullptr;
    request.mode = mode;
    request.rememberMappings = rememberMappings;
    // Its own copy of the key: locking the session mid-import must not pull the key from under it.
    std::shared_ptr<const PersonalDataProtector> protector =
        m_context.protector() ? m_context.protector()->clone() : nullptr;
    request.protector = protector.get();
    const QString storePath = m_context.database().path();
    const QString actor = m_context.database().actor();
    auto cancel = m_importCancel;
    QPointer<RecordImportController> self(this);
    m_importWatcher->setFuture(QtConcurrent::run([storePath, actor, request, cancel, self, protector]() {
        return RecordImportJob::run(
            storePath, actor, request,
            [self](ImportStage stage, qint64 done, qint64 total) {
                QMetaObject::invokeMethod(self, [self, stage, done, total] {
                    if (self) {
                        emit self->importProgress(stage, done, total);
                    }
                });
            },
            cancel.get());
    }));
}

void RecordImportController::cancelImport()
{
    m_importCancel->store(true);
}

bool RecordImportController::isImporting() const
{
    return m_importWatcher->isRunning();
}

} // namespace fieldbook
