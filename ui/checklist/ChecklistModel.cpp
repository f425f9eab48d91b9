#include "ui/checklist/ChecklistModel.h"

#include "app/codes/CatalogTranslations.h"
#include "app/fieldwork/ChecklistAnswers.h"
#include "app/fieldwork/ChecklistItemReader.h"
#include "app/i18n/AppTranslator.h"

#include <QColor>
#include <QFont>

namespace fieldbook {

namespace {
void fill(ChecklistModel::Question& q, const ChecklistItemRow& row)
{
    q.itemId = row.itemId;
    q.englishQuestion.clear();
    q.uuid = row.uuid;
    q.questionKey = row.questionKey;
    q.question = row.question;
    q.guidance = row.guidance;
    q.evidence = row.evidence;
    q.methods = row.methods;
    q.defaultSeverity = row.defaultSeverity;
    q.applicable = row.applicable;
    q.answer = row.answer;
    q.notes = row.notes;
    q.clauses = row.clauses;
    // The store keeps the catalogs' English; the auditor reads the interface language where the
    // catalog has a translation (search finds both, see SearchTextRole).
    const CatalogTranslations& translations = CatalogTranslations::builtIn(AppTranslator::current());
    if (const TranslatedQuestion* t = translations.question(q.questionKey, q.question)) {
        q.englishQuestion = q.question;
        q.evidence = translations.evidenceLines(q.questionKey, q.question, q.evidence);
        q.question = t->text;
        if (!t->guidance.isEmpty()) {
            q.guidance = t->guidance;
        }
    }
}
} // namespace

ChecklistModel::ChecklistModel(QObject* parent) : QAbstractItemModel(parent)
{}

QString ChecklistModel::methodText(const QString& method)
{
    if (method == QLatin1String("document_review"))
        return tr("Document review");
    if (method == QLatin1String("worker_interview"))
        return tr("Worker interviews");
    if (method == QLatin1String("management_interview"))
        return tr("Management interview");
    if (method == QLatin1String("observation"))
        return tr("Site observation");
    return method;
}

QString ChecklistModel::load(const Database& db, qint64 auditId)
{
    beginResetModel();
    m_sections.clear();
    m_questions.clear();
    m_rowInSection.clear();
    m_byItemId.clear();
    QString error;
    Result<QList<ChecklistItemRow>> rows = ChecklistItemReader(db).items(auditId);
    if (!rows) {
        error = rows.error();
    } else {
        QHash<QString, int> sectionIndex;
        for (const ChecklistItemRow& row : rows.value()) {
            Question q;
            fill(q, row);
            const QString sectionTitle = CatalogTranslations::builtIn(AppTranslator::current()).section(row.section);
            auto it = sectionIndex.find(sectionTitle);
            if (it == sectionIndex.end()) {
                it = sectionIndex.insert(sectionTitle, int(m_sections.size()));
                m_sections.append(Section{sectionTitle, {}, 0});
            }
            q.section = *it;
            m_rowInSection.append(int(m_sections[q.section].questions.size()));
            m_sections[q.section].questions.append(int(m_questions.size()));
            m_byItemId.insert(q.itemId, int(m_questions.size()));
            m_questions.append(q);
        }
        for (int s = 0; s < m_sections.size(); ++s) {
            recount(s);
        }
    }
    endResetModel();
    return error;
}

void ChecklistModel::recount(int section)
{
    Section& s = m_sections[section];
    s.done = 0;
    for (int q : std::as_const(s.questions)) {
        s.done += (!m_questions[q].answer.isEmpty() || !m_questions[q].applicable) ? 1 : 0;
    }
}

void ChecklistModel::refreshItem(const Database& db, qint64 itemId)
{
    const auto it = m_byItemId.constFind(itemId);
    if (it == m_byItemId.constEnd()) {
        return;
    }
    Result<std::optional<ChecklistItemRow>> row = ChecklistItemReader(db).item(itemId);
    if (!row || !row->has_value()) {
        return;
    }
    Question& q = m_questions[*it];
    fill(q, **row);
    recount(q.section);
    const QModelIndex first = indexOfItem(itemId, 0);
    emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    const QModelIndex sectionIndex = index(q.section, 0);
    emit dataChanged(sectionIndex, sectionIndex.siblingAtColumn(ColumnCount - 1));
}

void ChecklistModel::refreshAnswers(const Database& db, qint64 auditId)
{
    Result<QList<ChecklistAnswerRow>> rows = ChecklistItemReader(db).answers(auditId);
    if (!rows) {
        return;
    }
    for (const ChecklistAnswerRow& row : rows.value()) {
        const auto it = m_byItemId.constFind(row.itemId);
        if (it != m_byItemId.constEnd()) {
            Question& q = m_questions[*it];
            q.answer = row.answer;
            q.notes = row.notes;
            q.applicable = row.applicable;
        }
    }
    for (int s = 0; s < m_sections.size(); ++s) {
        recount(s);
        if (!m_sections[s].questions.isEmpty()) {
            emit dataChanged(index(0, 0, index(s, 0)),
                             index(int(m_sections[s].questions.size()) - 1, ColumnCount - 1, index(s, 0)));
        }
    }
    if (!m_sections.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_sections.size()) - 1, ColumnCount - 1));
    }
}

const ChecklistModel::Question* ChecklistModel::question(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == kSectionId) {
        return nullptr;
    }
    const Section& s = m_sections.at(int(index.internalId()));
    return &m_questions.at(s.questions.at(index.row()));
}

const ChecklistModel::Question* ChecklistModel::questionById(qint64 itemId) const
{
    const auto it = m_byItemId.constFind(itemId);
    return it == m_byItemId.constEnd() ? nullptr : &m_questions.at(*it);
}

QModelIndex ChecklistModel::indexOfItem(qint64 itemId, int column) const
{
    const auto it = m_byItemId.constFind(itemId);
    if (it == m_byItemId.constEnd()) {
        return {};
    }
    return createIndex(m_rowInSection.at(*it), column, quintptr(m_questions.at(*it).section));
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0) {
        return {};
    }
    if (!parent.isValid()) {
        return row < m_sections.size() ? createIndex(row, column, kSectionId) : QModelIndex();
    }
    if (parent.internalId() != kSectionId || row >= m_sections.at(parent.row()).questions.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(parent.row()));
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == kSectionId) {
        return {};
    }
    return createIndex(int(child.internalId()), 0, kSectionId);
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid()) {
        return int(m_sections.size());
    }
    if (parent.internalId() == kSectionId && parent.column() == 0) {
        return int(m_sections.at(parent.row()).questions.size());
    }
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    if (index.internalId() == kSectionId) {
        const Section& s = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == QuestionColumn)
                return s.title;
            if (index.column() == AnswerColumn)
                return tr("%1 of %2").arg(s.done).arg(s.questions.size());
            return {};
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case IsSectionRole:
            return true;
        case SectionDoneRole:
            return s.done;
        case SectionTotalRole:
            return int(s.questions.size());
        case SearchTextRole:
            return s.title.toLower();
        }
        return {};
    }
    const Question* q = question(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QuestionColumn:
            return q->question;
        case ClauseColumn:
            return q->clauses.join(QStringLiteral(", "));
        case AnswerColumn:
            return q->applicable ? ChecklistAnswers::label(q->answer) : tr("Not applicable");
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == QuestionColumn ? q->question : data(index, Qt::DisplayRole);
    case Qt::ForegroundRole:
        if (index.column() == AnswerColumn && q->answer == QLatin1String("non_compliant")) {
            return QColor(200, 40, 40);
        }
        return {};
    case ItemIdRole:
        return q->itemId;
    case AnswerRole:
        return q->answer;
    case MethodsRole:
        return q->methods;
    case IsSectionRole:
        return false;
    case SearchTextRole:
        return (q->question + QLatin1Char(' ') + q->clauses.join(QLatin1Char(' ')) + QLatin1Char(' ') + q->guidance +
                QLatin1Char(' ') + q->notes + QLatin1Char(' ') + q->questionKey + QLatin1Char(' ') + q->englishQuestion)
            .toLower();
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case ClauseColumn:
        return tr("Clauses");
    case AnswerColumn:
        return tr("Answer");
    }
    return {};
}

} // namespace fieldbook
