#include "ui/pages/ThresholdsGroup.h"

#include "app/params/ParamsResolver.h"
#include "app/params/ThresholdLabels.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTime>
#include <QVBoxLayout>

namespace fieldbook {

namespace {

enum Column
{
    TitleColumn,
    ValueColumn,
    SourceColumn,
    CheckColumn,
    InForceColumn,
    ReasonColumn,
    ColumnCount
};

const QString kReasons = QStringLiteral("override_reasons");

// Figures that are lists (tiers, wage steps, holidays) are shown, not typed over.
bool isEditable(const QString& key)
{
    return key != QLatin1String("overtime_premium_tiers") && key != QLatin1String("minimum_wage_schedule") &&
           key != QLatin1String("holidays");
}

} // namespace

ThresholdsGroup::ThresholdsGroup(WorkspaceContext& context, QWidget* parent)
    : QGroupBox(tr("Thresholds in force (the stricter of code and law)"), parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* regionRow = new QHBoxLayout;
    m_regionLabel = new QLabel(tr("&Region (wage zone, province or state):"), this);
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->setToolTip(tr("Minimum wages and some limits differ by region: choose the one the facility is in."));
    m_regionLabel->setBuddy(m_region);
    regionRow->addWidget(m_regionLabel);
    regionRow->addWidget(m_region, 1);
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("thresholdsDate"));
    regionRow->addWidget(m_date);
    layout->addLayout(regionRow);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("thresholdsTable"));
    m_table->setAccessibleName(title());
    m_table->setHorizontalHeaderLabels(
        {tr("Threshold"), tr("Value"), tr("Where it comes from"), tr("Check"), tr("In force"), tr("Your reason")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(ValueColumn, 150);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(CheckColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InForceColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Interactive);
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
            setOverride(m_table->item(row, ValueColumn)->data(Qt::UserRole).toString(), QString());
        }
    });
    connect(m_table, &QTableWidget::itemChanged, this, &ThresholdsGroup::onItemChanged);
    connect(m_region, &QComboBox::activated, this, [this](int index) {
        if (!m_loading) {
            setOverride(QStringLiteral("region"), index == 0 ? QString() : m_region->itemData(index).toString());
        }
    });
    connect(&m_context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Plan || area == DataArea::Thresholds) {
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
    Result<ResolvedParams> resolved = ParamsResolver::resolveForAudit(m_context.database(), *audit);
    if (!resolved) {
        setTitle(tr("Thresholds: %1").arg(resolved.error()));
        return;
    }
    m_loading = true;
    m_region->clear();
    m_region->addItem(resolved->regionFromFacility
                          ? tr("%1, from the facility's city or address").arg(resolved->params.region)
                          : tr("%1, the country file's default").arg(resolved->params.region),
                      QString());
    for (const QString& name : resolved->regions) {
        m_region->addItem(name, name);
    }
    m_region->setCurrentIndex(
        std::max(0, m_region->findData(audit->params.value(QStringLiteral("region")).toString())));
    m_region->setVisible(!resolved->regions.isEmpty());
    m_regionLabel->setVisible(!resolved->regions.isEmpty());
    m_date->setText(tr("in force on %1").arg(resolved->date.toString(Qt::ISODate)));
    const QJsonObject reasons = audit->params.value(kReasons).toObject();
    QStringList keys;
    for (const QString& key : ThresholdLabels::keys()) {
        if (ThresholdLabels::isShown(*resolved, key)) {
            keys << key;
        }
    }
    m_table->setRowCount(int(keys.size()));
    for (int r = 0; r < keys.size(); ++r) {
        const QString& key = keys.at(r);
        const ThresholdProvenance provenance = resolved->provenance.value(key);
        const auto readOnly = [](const QString& text) {
            auto* item = new QTableWidgetItem(text);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(text);
            return item;
        };
        auto* value = new QTableWidgetItem(ThresholdLabels::value(*resolved, key));
        value->setData(Qt::UserRole, key);
        value->setToolTip(value->text());
        if (!isEditable(key)) {
            value->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            value->setToolTip(value->text());
        }
        QString source = provenance.source;
        if (!provenance.note.isEmpty()) {
            source += QStringLiteral(" — ") + provenance.note;
        }
        auto* sourceItem = readOnly(source);
        if (!provenance.sourceUrl.isEmpty()) {
            sourceItem->setToolTip(source + QLatin1Char('\n') + provenance.sourceUrl);
        }
        auto* mark = readOnly(ThresholdLabels::standing(provenance));
        if (provenance.origin == ThresholdProvenance::Origin::Law && !provenance.checked) {
            mark->setForeground(QColor(0xb3, 0x5c, 0x00));
            mark->setToolTip(tr("This figure comes from Fieldbook's country rules and was not checked against the "
                                "law's own text. Check it against the official source, then type the figure you "
                                "confirmed."));
        }
        auto* reason = new QTableWidgetItem(reasons.value(key).toString());
        if (provenance.origin != ThresholdProvenance::Origin::Override) {
            reason->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        } else {
            reason->setToolTip(tr("Why you changed the figure: the notice you saw, who confirmed it. Kept in the "
                                  "audit trail."));
        }
        m_table->setItem(r, TitleColumn, readOnly(ThresholdLabels::title(key)));
        m_table->setItem(r, ValueColumn, value);
        m_table->setItem(r, SourceColumn, sourceItem);
        m_table->setItem(r, CheckColumn, mark);
        m_table->setItem(r, InForceColumn, readOnly(ThresholdLabels::inForce(provenance)));
        m_table->setItem(r, ReasonColumn, reason);
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
        QJsonObject reasons = overrides.value(kReasons).toObject();
        reasons.remove(key);
        if (reasons.isEmpty()) {
            overrides.remove(kReasons);
        } else {
            overrides.insert(kReasons, reasons);
        }
    } else if (key == QLatin1String("region")) {
        overrides.insert(key, value);
    } else if (key.contains(QLatin1String("night_"))) {
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
    if (Status s =
            SetFieldCommand::apply(m_context, QStringLiteral("audits"), m_context.auditUuid(),
                                   QStringLiteral("params_json"), json, DataArea::Thresholds, tr("Change threshold"));
        !s) {
        showStatusMessage(this, s.error());
        return false;
    }
    reload();
    return true;
}

bool ThresholdsGroup::setReason(const QString& key, const QString& reason)
{
    Result<Audit> audit = AuditRepository(m_context.database()).auditByUuid(m_context.auditUuid());
    if (!audit || !audit->params.contains(key)) {
        return false;
    }
    QJsonObject overrides = audit->params;
    QJsonObject reasons = overrides.value(kReasons).toObject();
    if (reason.trimmed().isEmpty()) {
        reasons.remove(key);
    } else {
        reasons.insert(key, reason.trimmed());
    }
    if (reasons.isEmpty()) {
        overrides.remove(kReasons);
    } else {
        overrides.insert(kReasons, reasons);
    }
    const QString json = QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact));
    if (Status s = SetFieldCommand::apply(m_context, QStringLiteral("audits"), m_context.auditUuid(),
                                          QStringLiteral("params_json"), json, DataArea::Thresholds,
                                          tr("Give a reason for a threshold"));
        !s) {
        showStatusMessage(this, s.error());
        return false;
    }
    reload();
    return true;
}

void ThresholdsGroup::onItemChanged(QTableWidgetItem* item)
{
    if (m_loading) {
        return;
    }
    const QString key = m_table->item(item->row(), ValueColumn)->data(Qt::UserRole).toString();
    if (item->column() == ValueColumn) {
        setOverride(key, item->text());
    } else if (item->column() == ReasonColumn) {
        setReason(key, item->text());
    }
}

} // namespace fieldbook
