#include "ui/wizard/NewAuditWizard.h"

#include "app/codes/CatalogRegistry.h"
#include "app/codes/CountryRules.h"
#include "app/fieldwork/AuditSetup.h"
#include "app/fieldwork/AuditTeamStore.h"
#include "database/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QVBoxLayout>

namespace fieldbook {

namespace {

// Countries where most social-compliance audits take place, then the rest by ISO code entry.
struct Country
{
    const char* code;
    const char* name;
};
const Country kCountries[] = {
    {"BD", QT_TRANSLATE_NOOP("Country", "Bangladesh")},  {"KH", QT_TRANSLATE_NOOP("Country", "Cambodia")},
    {"CN", QT_TRANSLATE_NOOP("Country", "China")},       {"EG", QT_TRANSLATE_NOOP("Country", "Egypt")},
    {"ET", QT_TRANSLATE_NOOP("Country", "Ethiopia")},    {"IN", QT_TRANSLATE_NOOP("Country", "India")},
    {"ID", QT_TRANSLATE_NOOP("Country", "Indonesia")},   {"MY", QT_TRANSLATE_NOOP("Country", "Malaysia")},
    {"MX", QT_TRANSLATE_NOOP("Country", "Mexico")},      {"MA", QT_TRANSLATE_NOOP("Country", "Morocco")},
    {"MM", QT_TRANSLATE_NOOP("Country", "Myanmar")},     {"PK", QT_TRANSLATE_NOOP("Country", "Pakistan")},
    {"PH", QT_TRANSLATE_NOOP("Country", "Philippines")}, {"LK", QT_TRANSLATE_NOOP("Country", "Sri Lanka")},
    {"TH", QT_TRANSLATE_NOOP("Country", "Thailand")},    {"TR", QT_TRANSLATE_NOOP("Country", "Türkiye")},
    {"VN", QT_TRANSLATE_NOOP("Country", "Viet Nam")},
};

// The country's name in the interface language; the rules' own (English) name for the others.
QString countryName(const QString& code, const QString& fallback)
{
    for (const Country& c : kCountries) {
        if (code == QLatin1String(c.code)) {
            return QCoreApplication::translate("Country", c.name);
        }
    }
    return fallback.isEmpty() ? code : fallback;
}

} // namespace

NewAuditWizard::NewAuditWizard(Database& db, QWidget* parent) : QWizard(parent), m_db(db)
{
    setWindowTitle(tr("New audit"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    addPage(createFacilityPage());
    addPage(createCodesPage());
    addPage(createVisitPage());
    resize(640, 520);
}

QWizardPage* NewAuditWizard::createFacilityPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Facility"));
    page->setSubTitle(tr("Which factory is audited?"));
    auto* form = new QFormLayout(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("facilityName"));
    m_city = new QLineEdit(page);
    m_address = new QLineEdit(page);
    m_country = new QComboBox(page);
    m_country->setObjectName(QStringLiteral("country"));
    // Countries with built-in labour-law rules first (thresholds come from them), then the others.
    const QStringList withRules = CountryRules::builtInCountries();
    for (const QString& code : withRules) {
        Result<CountryRules> rules = CountryRules::builtIn(code);
        m_country->addItem(tr("%1 (%2)").arg(countryName(code, rules ? rules->name : QString()), code), code);
    }
    if (!withRules.isEmpty()) {
        m_country->insertSeparator(m_country->count());
    }
    for (const Country& c : kCountries) {
        if (!withRules.contains(QLatin1String(c.code))) {
            m_country->addItem(tr("%1 (%2) — no built-in rules")
                                   .arg(QCoreApplication::translate("Country", c.name), QLatin1String(c.code)),
                               QLatin1String(c.code));
        }
    }
    m_headcount = new QSpinBox(page);
    m_headcount->setRange(0, 200000);
    m_headcount->setObjectName(QStringLiteral("headcount"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Country:"), m_country);
    form->addRow(tr("C&ity:"), m_city);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Workers (headcount):"), m_headcount);
    return page;
}

QWizardPage* NewAuditWizard::createCodesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Codes and facility profile"));
    page->setSubTitle(tr("The checklist is derived from the codes and the profile."));
    auto* layout = new QVBoxLayout(page);
    auto* codes = new QGroupBox(tr("Codes audited"), page);
    auto* codesLayout = new QVBoxLayout(codes);
    // Built-in codes and the ones imported into this store.
    Result<CatalogRegistry> registry = CatalogRegistry::withStore(m_db);
    const QList<Catalog> catalogs = registry ? registry->catalogs() : CatalogRegistry::builtIn().catalogs();
    for (const Catalog& catalog : catalogs) {
        auto* box = new QCheckBox(
            tr("%1 (%2)").arg(catalog.name, catalog.edition.isEmpty() ? catalog.version : catalog.edition), codes);
        box->setProperty("codeId", catalog.id);
        box->setObjectName(QStringLiteral("code_") + catalog.id);
        box->setToolTip(catalog.builtIn ? catalog.publisher : tr("Imported code"));
        codesLayout->addWidget(box);
        m_codeBoxes << box;
    }
    if (!m_codeBoxes.isEmpty()) {
        m_codeBoxes.first()->setChecked(true);
    }
    layout->addWidget(codes);

    auto* profile = new QGroupBox(tr("The facility has"), page);
    auto* grid = new QGridLayout(profile);
    int i = 0;
    for (const ProfileFlag& flag : facilityProfileFlags()) {
        auto* box = new QCheckBox(flag.text, profile);
        box->setProperty("profileKey", flag.key);
        box->setObjectName(QStringLiteral("profile_") + flag.key);
        grid->addWidget(box, i / 2, i % 2);
        m_profileBoxes << box;
        ++i;
    }
    layout->addWidget(profile);
    layout->addStretch();
    return page;
}

QWizardPage* NewAuditWizard::createVisitPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Visit"));
    page->setSubTitle(tr("When, for whom, and how the visit is announced."));
    auto* form = new QFormLayout(page);
    m_title = new QLineEdit(page);
    m_title->setObjectName(QStringLiteral("auditTitle"));
    m_title->setPlaceholderText(tr("e.g. Initial audit %1").arg(QDate::currentDate().year()));
    m_title->setToolTip(tr("Left empty, the audit is named after its first day."));
    m_start = new QDateEdit(QDate::currentDate(), page);
    m_start->setCalendarPopup(true);
    m_end = new QDateEdit(QDate::currentDate().addDays(1), page);
    m_end->setCalendarPopup(true);
    m_paidBy = new QComboBox(page);
    m_paidBy->addItem(tr("Not recorded"), QString());
    m_paidBy->addItem(tr("Brand / buyer"), QStringLiteral("brand"));
    m_paidBy->addItem(tr("Supplier (the factory)"), QStringLiteral("supplier"));
    m_paidBy->addItem(tr("Other"), QStringLiteral("other"));
    m_announcement = new QComboBox(page);
    m_announcement->addItem(tr("Not recorded"), QString());
    m_announcement->addItem(tr("Announced"), QStringLiteral("announced"));
    m_announcement->addItem(tr("Semi-announced"), QStringLiteral("semi_announced"));
    m_announcement->addItem(tr("Unannounced"), QStringLiteral("unannounced"));
    m_followUpOf = new QComboBox(page);
    m_followUpOf->setObjectName(QStringLiteral("followUpOf"));
    m_followUpOf->addItem(tr("No — a new audit"), 0);
    Result<QList<AuditSummary>> audits = AuditRepository(m_db).listAudits();
    if (audits) {
        for (const AuditSummary& s : *audits) {
            m_followUpOf->addItem(tr("%1 — %2 (%3)").arg(s.facilityName, s.audit.title, s.audit.startDate), s.audit.id);
        }
    }
    m_lead = new QLineEdit(page);
    m_lead->setObjectName(QStringLiteral("leadAuditor"));
    m_members = new QLineEdit(page);
    m_members->setObjectName(QStringLiteral("teamMembers"));
    m_members->setPlaceholderText(tr("Names separated by commas"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Lead au&ditor:"), m_lead);
    form->addRow(tr("Other team &members:"), m_members);
    form->addRow(tr("&First day:"), m_start);
    form->addRow(tr("&Last day:"), m_end);
    form->addRow(tr("&Paid by:"), m_paidBy);
    form->addRow(tr("A&nnouncement:"), m_announcement);
    form->addRow(tr("F&ollow-up of:"), m_followUpOf);
    return page;
}

Facility NewAuditWizard::facility() const
{
    Facility f;
    f.name = m_name->text().trimmed();
    f.city = m_city->text().trimmed();
    f.address = m_address->text().trimmed();
    f.country = m_country->currentData().toString();
    f.headcount = m_headcount->value();
    for (QCheckBox* box : m_profileBoxes) {
        f.profile.insert(box->property("profileKey").toString(), box->isChecked());
    }
    return f;
}

Audit NewAuditWizard::audit() const
{
    Audit a;
    a.title = m_title->text().trimmed();
    if (a.title.isEmpty()) {
        a.title = tr("Audit %1").arg(m_start->date().toString(Qt::ISODate));
    }
    for (QCheckBox* box : m_codeBoxes) {
        if (box->isChecked()) {
            a.codes << box->property("codeId").toString();
        }
    }
    a.country = m_country->currentData().toString();
    a.startDate = m_start->date().toString(Qt::ISODate);
    a.endDate = m_end->date().toString(Qt::ISODate);
    a.followUpOf = m_followUpOf->currentData().toLongLong();
    if (a.followUpOf != 0) {
        a.auditType = QStringLiteral("follow_up");
    }
    return a;
}

bool NewAuditWizard::validateCurrentPage()
{
    if (currentId() == 0 && m_name->text().trimmed().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("Enter the name of the facility."));
        m_name->setFocus();
        return false;
    }
    return QWizard::validateCurrentPage();
}

void NewAuditWizard::accept()
{
    Audit a = audit();
    if (a.codes.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose at least one code to audit against."));
        return;
    }
    Result<Audit> created = AuditSetup(m_db).create(facility(), a, m_paidBy->currentData().toString(),
                                                    m_announcement->currentData().toString());
    if (!created) {
        QMessageBox::critical(this, windowTitle(), tr("The audit could not be created.\n\n%1").arg(created.error()));
        return;
    }
    // The team; gender, experience and earlier visits are filled in on the Plan page.
    AuditTeamStore team(m_db);
    if (!m_lead->text().trimmed().isEmpty()) {
        team.add(created->id, m_lead->text().trimmed(), QStringLiteral("lead"));
    }
    for (const QString& name : m_members->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!name.trimmed().isEmpty()) {
            team.add(created->id, name.trimmed(), QStringLiteral("auditor"));
        }
    }
    m_created = created.take();
    QWizard::accept();
}

} // namespace fieldbook
