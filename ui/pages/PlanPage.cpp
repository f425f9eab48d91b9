#include "ui/pages/PlanPage.h"
#include "ui/pages/ThresholdsGroup.h"

#include "app/fieldwork/AuditSetup.h"
#include "app/fieldwork/AuditTeamStore.h"
#include "database/AuditRepository.h"
#include "database/Database.h"
#include "ui/AuditListModel.h"
#include "ui/undo/SetFieldCommand.h"
#include "ui/widgets/AccessibleNames.h"
#include "ui/workspace/FieldBinding.h"
#include "ui/workspace/StatusMessage.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
QDateEdit* dateEdit(QWidget* parent)
{
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setMinimumDate(QDate(2000, 1, 1));
    e->setSpecialValueText(QCoreApplication::translate("PlanPage", "not set"));
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return e;
}
} // namespace

PlanPage::PlanPage(WorkspaceContext& context, QWidget* parent) : WorkspacePage(context, parent)
{
    m_auditUuid = context.auditUuid();
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* grid = new QGridLayout(content);
    // The profile spans the page: its labels are long in some languages and would otherwise
    // squeeze the team table beside it.
    grid->addWidget(createVisitGroup(), 0, 0, 2, 1);
    grid->addWidget(createFacilityGroup(), 0, 1);
    grid->addWidget(createTeamGroup(), 1, 1);
    grid->addWidget(createProfileGroup(), 2, 0, 1, 2);
    grid->addWidget(new ThresholdsGroup(context, content), 3, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(4, 1);
    scroll->setWidget(content);

    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Plan) {
            reloadProfile();
            emit progressChanged();
        }
    });
}

FieldBinding* PlanPage::bind(QWidget* editor, const QString& table, const QString& column, const QString& undoText)
{
    auto* binding = new FieldBinding(context(), editor, table, column, DataArea::Plan, undoText);
    connect(binding, &FieldBinding::errorOccurred, this, [this](const QString& e) { showStatusMessage(this, e); });
    (table == QLatin1String("audits") ? m_auditBindings : m_facilityBindings) << binding;
    return binding;
}

QWidget* PlanPage::createVisitGroup()
{
    auto* box = new QGroupBox(tr("Visit"), this);
    auto* form = new QFormLayout(box);
    auto* title = new QLineEdit(box);
    title->setObjectName(QStringLiteral("planTitle"));
    bind(title, QStringLiteral("audits"), QStringLiteral("title"), tr("Edit audit title"));
    m_codes = new QLabel(box);
    m_codes->setToolTip(tr("The codes decide the checklist; they are chosen when the audit is created."));
    auto* start = dateEdit(box);
    bind(start, QStringLiteral("audits"), QStringLiteral("start_date"), tr("Change first day"));
    auto* end = dateEdit(box);
    bind(end, QStringLiteral("audits"), QStringLiteral("end_date"), tr("Change last day"));
    auto* periodStart = dateEdit(box);
    bind(periodStart, QStringLiteral("audits"), QStringLiteral("period_start"), tr("Change records period"));
    auto* periodEnd = dateEdit(box);
    bind(periodEnd, QStringLiteral("audits"), QStringLiteral("period_end"), tr("Change records period"));
    auto* period = new QHBoxLayout;
    period->addWidget(periodStart);
    period->addWidget(new QLabel(tr("to"), box));
    period->addWidget(periodEnd);

    auto* type = new QComboBox(box);
    type->addItem(tr("Initial"), QStringLiteral("initial"));
    type->addItem(tr("Periodic"), QStringLiteral("periodic"));
    type->addItem(tr("Follow-up"), QStringLiteral("follow_up"));
    type->addItem(tr("Special"), QStringLiteral("special"));
    bind(type, QStringLiteral("audits"), QStringLiteral("audit_type"), tr("Change audit type"));
    auto* paidBy = new QComboBox(box);
    paidBy->setObjectName(QStringLiteral("planPaidBy"));
    paidBy->addItem(tr("Not recorded"), QString());
    paidBy->addItem(tr("Brand / buyer"), QStringLiteral("brand"));
    paidBy->addItem(tr("Supplier (the factory)"), QStringLiteral("supplier"));
    paidBy->addItem(tr("Other"), QStringLiteral("other"));
    bind(paidBy, QStringLiteral("audits"), QStringLiteral("paid_by"), tr("Change who pays"))->setNullIfEmpty(true);
    auto* announcement = new QComboBox(box);
    announcement->addItem(tr("Not recorded"), QString());
    announcement->addItem(tr("Announced"), QStringLiteral("announced"));
    announcement->addItem(tr("Semi-announced"), QStringLiteral("semi_announced"));
    announcement->addItem(tr("Unannounced"), QStringLiteral("unannounced"));
    bind(announcement, QStringLiteral("audits"), QStringLiteral("announcement"), tr("Change announcement"))
        ->setNullIfEmpty(true);
    auto* status = new QComboBox(box);
    for (const QString& s : {QStringLiteral("planned"), QStringLiteral("in_progress"), QStringLiteral("completed"),
                             QStringLiteral("submitted"), QStringLiteral("archived")}) {
        status->addItem(AuditListModel::statusText(s), s);
    }
    bind(status, QStringLiteral("audits"), QStringLiteral("status"), tr("Change audit status"));
    auto* scope = new QPlainTextEdit(box);
    scope->setObjectName(QStringLiteral("planScope"));
    scope->setTabChangesFocus(true);
    scope->setPlaceholderText(tr("Sites, buildings, departments and workers covered; anything excluded and why."));
    scope->setMaximumHeight(80);
    bind(scope, QStringLiteral("audits"), QStringLiteral("scope"), tr("Edit scope"));

    form->addRow(tr("Title:"), title);
    form->addRow(tr("Codes:"), m_codes);
    form->addRow(tr("First day:"), start);
    form->addRow(tr("Last day:"), end);
    form->addRow(tr("Records period:"), period);
    form->addRow(tr("Type:"), type);
    form->addRow(tr("Paid by:"), paidBy);
    form->addRow(tr("Announcement:"), announcement);
    form->addRow(tr("Status:"), status);
    form->addRow(tr("Scope:"), scope);
    return box;
}

QWidget* PlanPage::createFacilityGroup()
{
    auto* box = new QGroupBox(tr("Facility"), this);
    auto* form = new QFormLayout(box);
    auto* name = new QLineEdit(box);
    bind(name, QStringLiteral("facilities"), QStringLiteral("name"), tr("Edit facility name"));
    auto* city = new QLineEdit(box);
    bind(city, QStringLiteral("facilities"), QStringLiteral("city"), tr("Edit city"));
    auto* address = new QLineEdit(box);
    bind(address, QStringLiteral("facilities"), QStringLiteral("address"), tr("Edit address"));
    auto* industry = new QLineEdit(box);
    industry->setPlaceholderText(tr("e.g. garments, electronics, footwear"));
    bind(industry, QStringLiteral("facilities"), QStringLiteral("industry"), tr("Edit industry"));
    auto* headcount = new QSpinBox(box);
    headcount->setObjectName(QStringLiteral("planHeadcount"));
    headcount->setRange(0, 200000);
    bind(headcount, QStringLiteral("facilities"), QStringLiteral("headcount"), tr("Change headcount"));
    form->addRow(tr("Name:"), name);
    form->addRow(tr("City:"), city);
    form->addRow(tr("Address:"), address);
    form->addRow(tr("Industry:"), industry);
    form->addRow(tr("Workers:"), headcount);
    return box;
}

QWidget* PlanPage::createProfileGroup()
{
    auto* box = new QGroupBox(tr("Facility profile"), this);
    auto* grid = new QGridLayout(box);
    int i = 0;
    for (const ProfileFlag& flag : facilityProfileFlags()) {
        auto* check = new QCheckBox(flag.text, box);
        check->setProperty("profileKey", flag.key);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (!m_loadingProfile) {
                saveProfile();
            }
        });
        grid->addWidget(check, i / 3, i % 3);
        m_profileBoxes << check;
        ++i;
    }
    return box;
}

QWidget* PlanPage::createTeamGroup()
{
    auto* box = new QGroupBox(tr("Audit team"), this);
    auto* layout = new QVBoxLayout(box);
    m_team = new QTableWidget(0, 5, box);
    m_team->setObjectName(QStringLiteral("teamTable"));
    m_team->setAccessibleName(box->title());
    m_team->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Gender"), tr("Years"), tr("Visited before")});
    m_team->verticalHeader()->hide();
    m_team->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_team->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_team->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_team->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_team->horizontalHeader()->setSectionResizeMode(4, QHeaderView::ResizeToContents);
    m_team->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_team->setMinimumHeight(120);
    layout->addWidget(m_team);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add member"), box);
    add->setObjectName(QStringLiteral("addTeamMember"));
    auto* remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &PlanPage::addTeamMember);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_team->currentRow();
        if (row < 0) {
            return;
        }
        const QString uuid = m_team->item(row, 0) ? m_team->item(row, 0)->data(Qt::UserRole).toString() : QString();
        if (Status s = AuditTeamStore(context().database()).remove(uuid); !s) {
            showStatusMessage(this, s.error());
        }
        reloadTeam();
        emit context().auditDataChanged(DataArea::Plan);
    });
    return box;
}

void PlanPage::addTeamMember()
{
    Result<TeamMember> added = AuditTeamStore(context().database()).add(context().auditId(), tr("New member"));
    if (!added) {
        showStatusMessage(this, added.error());
        return;
    }
    reloadTeam();
    emit context().auditDataChanged(DataArea::Plan);
    if (QWidget* name = m_team->cellWidget(m_team->rowCount() - 1, 0)) {
        name->setFocus();
        if (auto* edit = qobject_cast<QLineEdit*>(name)) {
            edit->selectAll();
        }
    }
}

void PlanPage::reloadTeam()
{
    Result<QList<TeamMember>> team = AuditTeamStore(context().database()).list(context().auditId());
    m_team->setRowCount(0);
    if (!team) {
        showStatusMessage(this, team.error());
        return;
    }
    for (const TeamMember& m : *team) {
        const int row = m_team->rowCount();
        m_team->insertRow(row);
        auto* marker = new QTableWidgetItem;
        marker->setData(Qt::UserRole, m.uuid);
        m_team->setItem(row, 0, marker);
        auto* name = new QLineEdit(m_team);
        name->setFrame(false);
        auto* role = new QComboBox(m_team);
        role->addItem(tr("Lead auditor"), QStringLiteral("lead"));
        role->addItem(tr("Auditor"), QStringLiteral("auditor"));
        role->addItem(tr("Interviewer"), QStringLiteral("interviewer"));
        role->addItem(tr("Observer"), QStringLiteral("observer"));
        role->addItem(tr("Trainee"), QStringLiteral("trainee"));
        auto* gender = new QComboBox(m_team);
        gender->addItem(tr("—"), QString());
        gender->addItem(tr("Female"), QStringLiteral("F"));
        gender->addItem(tr("Male"), QStringLiteral("M"));
        gender->addItem(tr("Other"), QStringLiteral("X"));
        auto* years = new QSpinBox(m_team);
        years->setRange(0, 60);
        years->setFrame(false);
        auto* visited = new QCheckBox(m_team);
        const QList<QPair<QWidget*, QString>> cells = {{name, QStringLiteral("name")},
                                                       {role, QStringLiteral("role")},
                                                       {gender, QStringLiteral("gender")},
                                                       {years, QStringLiteral("years_experience")},
                                                       {visited, QStringLiteral("visited_before")}};
        for (int c = 0; c < cells.size(); ++c) {
            setNamedCellWidget(m_team, row, c, cells[c].first);
            auto* binding = new FieldBinding(context(), cells[c].first, QStringLiteral("audit_team"), cells[c].second,
                                             DataArea::Team, tr("Edit audit team"));
            binding->setNullIfEmpty(cells[c].second == QLatin1String("gender"));
            binding->setUuid(m.uuid);
        }
    }
}

void PlanPage::reloadProfile()
{
    Result<Facility> facility = AuditRepository(context().database()).facilityByUuid(m_facilityUuid);
    if (!facility) {
        return;
    }
    m_loadingProfile = true;
    for (QCheckBox* box : std::as_const(m_profileBoxes)) {
        box->setChecked(facility->profile.value(box->property("profileKey").toString()).toBool());
    }
    m_loadingProfile = false;
}

void PlanPage::saveProfile()
{
    Result<Facility> facility = AuditRepository(context().database()).facilityByUuid(m_facilityUuid);
    if (!facility) {
        showStatusMessage(this, facility.error());
        return;
    }
    QJsonObject profile = facility->profile; // keeps keys this page does not show
    for (QCheckBox* box : std::as_const(m_profileBoxes)) {
        profile.insert(box->property("profileKey").toString(), box->isChecked());
    }
    const QString json = QString::fromUtf8(QJsonDocument(profile).toJson(QJsonDocument::Compact));
    if (Status s =
            SetFieldCommand::apply(context(), QStringLiteral("facilities"), m_facilityUuid,
                                   QStringLiteral("profile_json"), json, DataArea::Plan, tr("Change facility profile"));
        !s) {
        showStatusMessage(this, s.error());
    }
}

void PlanPage::reload()
{
    AuditRepository repo(context().database());
    Result<Audit> audit = repo.audit(context().auditId());
    if (!audit) {
        showStatusMessage(this, audit.error());
        return;
    }
    Result<Facility> facility = repo.facility(audit->facilityId);
    m_facilityUuid = facility ? facility->uuid : QString();
    QStringList codes;
    for (const QString& c : audit->codes) {
        codes << AuditListModel::codeName(c);
    }
    m_codes->setText(codes.isEmpty() ? tr("none") : codes.join(QStringLiteral(", ")));
    for (FieldBinding* b : std::as_const(m_auditBindings)) {
        b->setUuid(m_auditUuid);
    }
    for (FieldBinding* b : std::as_const(m_facilityBindings)) {
        b->setUuid(m_facilityUuid);
    }
    reloadProfile();
    reloadTeam();
}

} // namespace fieldbook
