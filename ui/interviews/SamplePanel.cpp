#include "ui/interviews/SamplePanel.h"
#include "ui/widgets/SplitterMemory.h"

#include "app/fieldwork/PhaseProgressCalculator.h"
#include "app/interviews/InterviewRegister.h"
#include "app/interviews/InterviewVocabulary.h"
#include "database/Database.h"
#include "ui/interviews/SampleStrataModel.h"
#include "ui/interviews/SampleWorkerModel.h"
#include "ui/workspace/WorkspaceContext.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fieldbook {

namespace {
QTableView* table(const QString& name, QAbstractItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    return view;
}

QSpinBox* spin(const QString& name, int low, int high, const QString& suffix, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(low, high);
    box->setSuffix(suffix);
    return box;
}
} // namespace

SamplePanel::SamplePanel(WorkspaceContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* top = new QHBoxLayout;
    auto* words = new QVBoxLayout;
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("sampleExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    words->addWidget(m_explanation);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("sampleWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->hide();
    words->addWidget(m_warning);
    words->addStretch();
    top->addLayout(words, 3);

    auto* ruleBox = new QGroupBox(tr("Rule for this audit"), this);
    auto* grid = new QGridLayout(ruleBox);
    m_minimum = spin(QStringLiteral("ruleMinimum"), 1, 1000, QString(), ruleBox);
    m_cap = spin(QStringLiteral("ruleCap"), 1, 1000, QString(), ruleBox);
    m_alone = spin(QStringLiteral("ruleAlone"), 0, 100, tr(" %"), ruleBox);
    m_groupSize = spin(QStringLiteral("ruleGroupSize"), 2, 10, QString(), ruleBox);
    m_young = spin(QStringLiteral("ruleYoung"), 0, 50, QString(), ruleBox);
    m_recent = spin(QStringLiteral("ruleRecent"), 0, 50, QString(), ruleBox);
    const std::pair<QString, QSpinBox*> fields[] = {{tr("At &least:"), m_minimum},  {tr("At &most:"), m_cap},
                                                    {tr("Indi&vidual:"), m_alone},  {tr("Group si&ze:"), m_groupSize},
                                                    {tr("&Young (<18):"), m_young}, {tr("&New (<3 mo.):"), m_recent}};
    for (int i = 0; i < 6; ++i) {
        auto* label = new QLabel(fields[i].first, ruleBox);
        label->setBuddy(fields[i].second);
        grid->addWidget(label, i / 3, (i % 3) * 2);
        grid->addWidget(fields[i].second, i / 3, (i % 3) * 2 + 1);
    }
    m_alone->setToolTip(tr("Share of the sample interviewed one by one; the others in groups"));
    m_young->setToolTip(tr("Workers under 18 included on purpose, when the register has them"));
    m_recent->setToolTip(tr("Workers hired less than 3 months ago included on purpose"));
    auto* buttons = new QHBoxLayout;
    m_draw = new QPushButton(tr("&Draw a new sample"), ruleBox);
    m_draw->setObjectName(QStringLiteral("drawSampleButton"));
    m_draw->setToolTip(tr("Draws the workers again with a new random seed. Workers left out stay out."));
    m_apply = new QPushButton(tr("A&pply rule"), ruleBox);
    m_apply->setObjectName(QStringLiteral("applyRuleButton"));
    m_apply->setToolTip(tr("Draws again with the same seed and the rule above"));
    buttons->addStretch();
    buttons->addWidget(m_apply);
    buttons->addWidget(m_draw);
    grid->addLayout(buttons, 2, 0, 1, 6);
    top->addWidget(ruleBox, 2);
    layout->addLayout(top);
    connect(m_draw, &QPushButton::clicked, this, [this] { draw(true); });
    connect(m_apply, &QPushButton::clicked, this, [this] { draw(false); });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto* strataBox = new QGroupBox(tr("Workforce by department, gender and shift"), splitter);
    auto* strataLayout = new QVBoxLayout(strataBox);
    m_strataModel = new SampleStrataModel(this);
    m_strata = table(QStringLiteral("strataTable"), m_strataModel, strataBox);
    m_strata->setAccessibleName(strataBox->title());
    m_strata->horizontalHeader()->setSectionResizeMode(SampleStrataModel::DepartmentColumn, QHeaderView::Stretch);
    strataLayout->addWidget(m_strata);
    auto* workersBox = new QGroupBox(tr("Workers to interview (chosen by you, not by management)"), splitter);
    auto* workersLayout = new QVBoxLayout(workersBox);
    m_workerModel = new SampleWorkerModel(this);
    m_workers = table(QStringLiteral("sampleWorkersTable"), m_workerModel, workersBox);
    m_workers->setAccessibleName(workersBox->title());
    m_workers->horizontalHeader()->setSectionResizeMode(SampleWorkerModel::WhyColumn, QHeaderView::Stretch);
    workersLayout->addWidget(m_workers, 1);
    auto* actions = new QHBoxLayout;
    m_interview = new QPushButton(tr("&Interview this worker"), workersBox);
    m_interview->setObjectName(QStringLiteral("interviewWorkerButton"));
    m_interview->setToolTip(tr("Starts an interview with this worker's department, gender, age, tenure and shift "
                               "filled in (Enter)"));
    actions->addWidget(m_interview);
    actions->addStretch();
    m_reason = new QComboBox(workersBox);
    m_reason->setObjectName(QStringLiteral("exclusionReasonCombo"));
    for (const QString& id : InterviewVocabulary::exclusionReasons()) {
        m_reason->addItem(InterviewVocabulary::exclusionReasonText(id), id);
    }
    m_exclude = new QPushButton(tr("Leave &out"), workersBox);
    m_exclude->setObjectName(QStringLiteral("excludeWorkerButton"));
    m_exclude->setToolTip(tr("Leaves the selected worker out for the reason chosen; another worker of the same "
                             "group takes the place"));
    auto* because = new QLabel(tr("because:"), workersBox);
    actions->addWidget(m_exclude);
    actions->addWidget(because);
    actions->addWidget(m_reason);
    workersLayout->addLayout(actions);
    splitter->addWidget(strataBox);
    splitter->addWidget(workersBox);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    splitter->setSizes({450, 560});
    rememberSplitterSizes(splitter, Setting::SampleSplitter);
    layout->addWidget(splitter, 1);
    connect(m_exclude, &QPushButton::clicked, this, [this] { excludeSelected(m_reason->currentData().toString()); });
    connect(m_interview, &QPushButton::clicked, this, &SamplePanel::startInterview);
    connect(m_workers, &QTableView::activated, this, &SamplePanel::startInterview);
    connect(&context, &WorkspaceContext::auditDataChanged, this, [this](DataArea area) {
        if (area == DataArea::Records || area == DataArea::InterviewPlan) {
            reload();
        }
    });
    showRule(SampleRule());
}

SampleRule SamplePanel::ruleFromEditors() const
{
    SampleRule rule;
    rule.minimum = m_minimum->value();
    rule.cap = m_cap->value();
    rule.individualShare = m_alone->value() / 100.0;
    rule.groupSize = m_groupSize->value();
    rule.youngWorkers = m_young->value();
    rule.recentHires = m_recent->value();
    return rule;
}

void SamplePanel::showRule(const SampleRule& rule)
{
    m_minimum->setValue(rule.minimum);
    m_cap->setValue(rule.cap);
    m_alone->setValue(int(std::lround(rule.individualShare * 100)));
    m_groupSize->setValue(rule.groupSize);
    m_young->setValue(rule.youngWorkers);
    m_recent->setValue(rule.recentHires);
}

void SamplePanel::reload()
{
    Result<int> registered = InterviewRegister::count(m_context.database(), m_context.auditId());
    m_registered = registered ? *registered : 0;
    Result<std::optional<InterviewPlan>> plan = InterviewPlanStore(m_context.database()).current(m_context.auditId());
    if (!plan) {
        emit message(plan.error());
        return;
    }
    m_plan = *plan;
    const bool hasRegister = m_registered > 0;
    m_draw->setEnabled(hasRegister);
    m_apply->setEnabled(hasRegister && m_plan.has_value());
    m_draw->setText(m_plan ? tr("Re-&draw (new seed)") : tr("&Draw the sample"));
    QStringList warnings;
    if (!m_plan) {
        m_strataModel->setStrata({});
        m_workerModel->setWorkers({});
        if (hasRegister) {
            m_explanation->setText(ruleFromEditors().explanation(m_registered) + QLatin1Char('\n') +
                                   tr("No sample drawn yet: press “Draw the sample”. You choose the workers, "
                                      "not management."));
        } else {
            const int declared = InterviewRegister::declaredHeadcount(m_context.database(), m_context.auditId());
            m_explanation->setText(
                tr("Import the factory's register (workers.csv, under Record analysis) to draw the sample from it. "
                   "Until then the plan follows the declared headcount (%1): interview %2 workers.")
                    .arg(declared)
                    .arg(PhaseProgressCalculator::workerInterviewTarget(declared)));
        }
    } else {
        showRule(m_plan->rule);
        m_strataModel->setStrata(m_plan->strata);
        m_workerModel->setWorkers(m_plan->workers);
        m_explanation->setText(
            m_plan->rule.explanation(m_plan->workforce) + QLatin1Char('\n') +
            tr("Drawn %1 with seed %2 (the same seed and rule give the same workers). %3 selected, %4 left out.")
                .arg(m_plan->drawnAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')))
                .arg(m_plan->seed)
                .arg(m_plan->selectedCount())
                .arg(m_plan->excludedIds().size()));
        if (hasRegister && m_registered != m_plan->workforce) {
            warnings << tr("The register has changed since this sample was drawn (%1 workers then, %2 now): "
                           "re-draw it.")
                            .arg(m_plan->workforce)
                            .arg(m_registered);
        }
        if (!m_plan->uncovered.isEmpty()) {
            warnings << tr("No one left to draw for: %1.").arg(m_plan->uncovered.join(QStringLiteral(", ")));
        }
    }
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
    m_exclude->setEnabled(m_plan.has_value());
    m_interview->setEnabled(m_plan.has_value());
}

bool SamplePanel::draw(bool newSeed)
{
    const SampleRule rule = ruleFromEditors();
    if (Status valid = rule.validate(); !valid) {
        emit message(valid.error());
        return false;
    }
    const quint64 seed = newSeed || !m_plan ? InterviewPlanStore::newSeed() : m_plan->seed;
    Result<InterviewPlan> drawn = InterviewPlanStore(m_context.database()).draw(m_context.auditId(), rule, seed);
    if (!drawn) {
        emit message(drawn.error());
        return false;
    }
    emit message(tr("Sample drawn: %1 workers (seed %2).").arg(drawn->selectedCount()).arg(drawn->seed));
    reload();
    emit m_context.auditDataChanged(DataArea::InterviewPlan);
    emit changed();
    return true;
}

bool SamplePanel::excludeSelected(const QString& reason)
{
    const PlannedWorker* w = m_workerModel->worker(m_workers->currentIndex().row());
    if (!w || w->status != QLatin1String("selected")) {
        emit message(tr("Select a worker of the sample first."));
        return false;
    }
    const QString id = w->workerId;
    Result<InterviewPlan> after = InterviewPlanStore(m_context.database()).exclude(m_context.auditId(), id, reason);
    if (!after) {
        emit message(after.error());
        return false;
    }
    emit message(tr("%1 left out (%2).").arg(id, InterviewVocabulary::exclusionReasonText(reason)));
    reload();
    emit m_context.auditDataChanged(DataArea::InterviewPlan);
    emit changed();
    return true;
}

void SamplePanel::startInterview()
{
    const PlannedWorker* w = m_workerModel->worker(m_workers->currentIndex().row());
    if (!w || w->status != QLatin1String("selected")) {
        emit message(tr("Select a worker of the sample first."));
        return;
    }
    Result<QList<RegisterWorker>> workers = InterviewRegister::load(m_context.database(), m_context.auditId());
    if (!workers) {
        emit message(workers.error());
        return;
    }
    for (const RegisterWorker& r : *workers) {
        if (r.workerId == w->workerId) {
            emit interviewRequested(r, w->format);
            return;
        }
    }
    emit message(tr("Worker %1 is no longer on the register.").arg(w->workerId));
}

} // namespace fieldbook
