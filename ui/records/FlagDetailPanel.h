#pragma once

#include "app/analysis/FlagDetailQuery.h"

#include <QCache>
#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace fieldbook {

class FlagChartView;
class FlagRecordDialog;
class FlagRecordModel;

// The selected flag on the record-analysis page: its explanation and figures, the records behind
// it (a sortable table; Enter or a double-click opens one with its file and line) and, for the
// checks a chart explains faster, its chart. Records and chart load on a background thread with
// their own connection, so switching flags stays instant; a small cache makes going back instant too.
// Confirm and Dismiss are asked of the page, which owns the decisions.
class FlagDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FlagDetailPanel(QWidget* parent = nullptr);
    ~FlagDetailPanel() override;

    // The store the records are read from (a second, read-only connection in the background).
    void setStorePath(const QString& path);
    void setRecordLimit(int limit);
    // Shows `flag` (null: none selected; `anyFlags` says which placeholder to show).
    void showFlag(const StoredFlag* flag, bool anyFlags);
    // The records may have changed (import, analysis): forget what was loaded; the flag shown is
    // reloaded the next time showFlag() is called, its old records staying until the new are in.
    void invalidate();

    bool isLoading() const;
    QString shownFlagUuid() const
    {
        return m_flagUuid;
    }
    QTabWidget* tabs() const
    {
        return m_tabs;
    }
    QTableView* recordsView() const
    {
        return m_recordsView;
    }
    FlagRecordModel* recordModel() const
    {
        return m_records;
    }
    FlagChartView* chartView() const
    {
        return m_chart;
    }
    // Opens the record at `index` (of recordsView()'s model) in a dialog; null for no record.
    FlagRecordDialog* openRecord(const QModelIndex& index);

    // At most this many records when the auditor asks for all of them.
    static constexpr int kShowAllLimit = 20000;

signals:
    void confirmRequested();
    void dismissRequested();
    // The records and chart of the shown flag are on screen (or their error is).
    void detailShown();

private:
    struct Outcome
    {
        QString key;
        std::optional<FlagDetail> detail;
        QString error;
    };

    void startLoad();
    void onLoaded();
    void showDetail(const FlagDetail& detail);
    void showChartIfVisible();
    void setRecordsMessage(const QString& text);
    void showAllRecords();
    int limitFor(const QString& flagUuid) const;

    QString m_storePath;
    int m_limit = FlagRecordLoader::kDefaultLimit;
    QString m_flagUuid;
    QString m_key;       // what identifies the shown flag's content (uuid + its figures)
    QString m_loadedKey; // whose records are in the table
    bool m_stale = false;
    bool m_chartDrawn = false;
    int m_preferredTab = 0;
    bool m_arrangingTabs = false; // tabs shown or hidden for a flag, not chosen by the auditor
    std::optional<FlagChartData> m_chartData;
    QCache<QString, FlagDetail> m_cache;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    QSet<QString> m_showingAll; // flags whose records the auditor asked to see all of
    StoredFlag m_shown;

    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_text = nullptr;
    QWidget* m_recordsPage = nullptr;
    QLabel* m_recordsSummary = nullptr;
    QPushButton* m_showAll = nullptr;
    QTableView* m_recordsView = nullptr;
    FlagRecordModel* m_records = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QWidget* m_chartPage = nullptr;
    FlagChartView* m_chart = nullptr;
    QLabel* m_chartCaption = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_dismiss = nullptr;
};

} // namespace fieldbook
