#include "ui/pages/ThresholdsGroup.h"

#include "app/codes/ParamsResolver.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace fieldbook {

namespace {

struct Row
{
    const char* key;
    const char* title;
};

const QList<Row>& rows()
{
    static const QList<Row> list = {
        {"minimum_age", QT_TRANSLATE_NOOP("ThresholdsGroup", "Minimum working age")},
        {"young_worker_age", QT_TRANSLATE_NOOP("ThresholdsGroup", "Young worker below age")},
        {"regular_hours_per_day", QT_TRANSLATE_NOOP("ThresholdsGroup", "Regular hours a day")},
        {"regular_hours_per_week", QT_TRANSLATE_NOOP("ThresholdsGroup", "Regular hours a week")},
        {"max_overtime_hours_per_week", QT_TRANSLATE_NOOP("ThresholdsGroup", "Overtime hours a week, at most")},
        {"max_total_hours_per_week", QT_TRANSLATE_NOOP("ThresholdsGroup", "Total hours a week, at most")},
        {"overtime_premium", QT_TRANSLATE_NOOP("ThresholdsGroup", "Overtime pay, times the regular rate")},
        {"max_consecutive_days", QT_TRANSLATE_NOOP("ThresholdsGroup", "Working days in a row, at most")},
        {"minimum_wage_hourly", QT_TRANSLATE_NOOP("ThresholdsGroup", "Minimum wage an hour")},
        {"night_start", QT_TRANSLATE_NOOP("ThresholdsGroup", "Night work starts")},
        {"night_end", QT_TRANSLATE_NOOP("ThresholdsGroup", "Night work ends")},
    };
    return list;
}

enum Column
{
    TitleColumn,
    ValueColumn,
    SourceColumn,
    CheckColumn
};

} // namespace

ThresholdsGroup::ThresholdsGroup(WorkspaceContext& context, QWidget* parent)
    : QGroupBox(tr("Thresholds in force (the stricter of code and law)"), parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    m_table = new QTableWidget(int(rows().size()), 4, this);
    m_table->setObjectName(QStringLiteral("thresholdsTable"));
    m_table->setHorizontalHeaderLabels({tr("Threshold"), tr("Value"), tr("Where it comes from"), tr("Check")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 12);
    layout->addWidget(m_table);
    auto* buttons = new QHBoxLayout;
    auto* useRule = new QPushButton(tr("Use the rule again"), this);
    useRule->setObjectName(QStringLiteral("useRuleButton"));
    useRule->setToolTip(tr("Removes your own figure for the selected threshold."));
    buttons->addWidget(useRule);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(useRule, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0) {
            setOverride(QLatin1String(rows().at(row).key), QString());
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ThresholdsGroup::onItemChanged);
    connect(&m_context, &WorkspaceContext::auditDataChanged, this, [this](const QString& area) {
        if (area == QLatin1String("plan") || area == QLatin1String("thresholds")) {
            reload();
        }
    });
    reload();
}

void ThresholdsGroup::reload()
{
    Result<Audit> audit = AuditRepository(m_context.database()).auditByUuid(m_context.auditUuid());
    if (!audit) {
        return;
    }
    Result<ResolvedParams> resolved = ParamsResolver::resolve(audit->codes, audit->country, audit->params);
    if (!resolved) {
        // No built-in rules for this country: the codes' figures and the auditor's own still apply.
        resolved = ParamsResolver::resolve(audit->codes, QString(), audit->params);
    }
    if (!resolved) {
        setTitle(tr("Thresholds: %1").arg(resolved.error()));
        return;
    }
    m_loading = true;
    const QJsonObject values = resolved->params.toJson();
    for (int r = 0; r < rows().size(); ++r) {
        const QString key = QLatin1String(rows().at(r).key);
        auto* title = new QTableWidgetItem(QCoreApplication::translate("ThresholdsGroup", rows().at(r).title));
        title->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        const QJsonValue v = values.value(key);
        auto* value = new QTableWidgetItem(v.isString() ? v.toString() : QLocale::c().toString(v.toDouble(), 'g', 10));
        value->setData(Qt::UserRole, key);
        const QString sourceText = resolved->sources.value(key);
        auto* source = new QTableWidgetItem(sourceText);
        source->setToolTip(sourceText);
        source->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QString check;
        if (audit->params.contains(key)) {
            check = tr("your figure");
        } else if (resolved->verifyBeforeUse.contains(key)) {
            check = tr("verify before use");
        }
        auto* mark = new QTableWidgetItem(check);
        mark->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        if (resolved->verifyBeforeUse.contains(key)) {
            mark->setForeground(QColor(0xb3, 0x5c, 0x00));
            mark->setToolTip(tr("This figure comes from Fieldbook's country rules. Laws and minimum wages change: "
                                "check it against the official source, then type the figure you confirmed."));
        }
        m_table->setItem(r, TitleColumn, title);
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, SourceColumn, source);
        m_table->setItem(r, CheckColumn, mark);
    }
    m_loading = false;
}

bool ThresholdsGroup::setOverride(const QString& key, const QString& value)
{
    Result<Audit> audit = AuditRepository(m_context.database()).auditByUuid(m_context.auditUuid());
    if (!audit) {
        return false;
    }
    QJsonObject overrides = audit->params;
    if (value.trimmed().isEmpty()) {
        overrides.remove(key);
    } else if (key.startsWith(QLatin1String("night_"))) {
        const QTime t = QTime::fromString(value.trimmed(), QStringLiteral("HH:mm"));
        if (!t.isValid()) {
            showStatusMessage(this, tr("Type the time as HH:MM, for example 22:00."));
            reload();
            return false;
        }
        overrides.insert(key, t.toString(QStringLiteral("HH:mm")));
    } else {
        bool ok = false;
        const double number = QLocale().toDouble(value.trimmed(), &ok);
        const double fallback = ok ? number : QLocale::c().toDouble(value.trimmed(), &ok);
        if (!ok || fallback < 0) {
            showStatusMessage(this, tr("Type a number of zero or more."));
            reload();
            return false;
        }
        overrides.insert(key, fallback);
    }
    // Checked before storing: an override the analysis could not read must never reach the store.
    if (Result<AuditParams> valid = AuditParams::fromJson(overrides); !valid) {
        showStatusMessage(this, valid.error());
        reload();
        return false;
    }
    const QString json = QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact));
    if (Status s = SetFieldCommand::apply(m_context, QStringLiteral("audits"), m_context.auditUuid(),
                                          QStringLiteral("params_json"), json, QStringLiteral("thresholds"),
                                          tr("Change threshold"));
        !s) {
        showStatusMessage(this, s.error());
        return false;
    }
    reload();
    return true;
}

void ThresholdsGroup::onItemChanged(QTableWidgetItem* item)
{
    if (m_loading || item->column() != ValueColumn) {
        return;
    }
    setOverride(item->data(Qt::UserRole).toString(), item->text());
}

} // namespace fieldbook
