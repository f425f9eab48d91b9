#include "ui/records/ImportFileListModel.h"

#include "app/records/RecordKinds.h"
#include "app/records/TextEncoding.h"
#include "app/records/ValueForms.h"
#include "ui/records/ChoiceDelegate.h"
#include "ui/records/RecordImportController.h"

#include <QBrush>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QUrl>
#include <algorithm>

namespace fieldbook {

namespace {
// A cell that is one of a few choices (ChoiceDelegate): the label shown, the value edited, and the
// lists the delegate offers, for the value `current` ("" is the first choice: from the file).
QVariant choiceCell(int role, const QStringList& labels, const QStringList& values, const QString& current)
{
    const qsizetype chosen = std::max<qsizetype>(0, values.indexOf(current));
    if (role == Qt::DisplayRole) {
        return labels.at(chosen);
    }
    if (role == Qt::EditRole) {
        return values.at(chosen);
    }
    return role == ChoiceDelegate::ChoicesRole ? labels : values;
}
} // namespace

ImportFileListModel::ImportFileListModel(RecordImportController& controller, QObject* parent)
    : QAbstractTableModel(parent), m_controller(controller)
{
    connect(&controller, &RecordImportController::sessionChanged, this, [this] {
        // Rows come and go with files; a change of one file's kind only repaints.
        if (rowCount() != m_lastRows) {
            beginResetModel();
            endResetModel();
        } else if (rowCount() > 0) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        }
        m_lastRows = rowCount();
    });
}

int ImportFileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_controller.session().fileCount();
}

int ImportFileListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ImportFileListModel::needsEncodingChoice(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    const RecordImportFile& file = m_controller.session().file(row);
    return !file.encoding.isEmpty() || file.notUtf8;
}

bool ImportFileListModel::needsDateOrderChoice(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    const RecordImportFile& file = m_controller.session().file(row);
    return file.question == ValueFormQuestion::DateOrder || file.forms.dateOrder != DateOrder::Unknown;
}

bool ImportFileListModel::needsDecimalMarkChoice(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return false;
    }
    const RecordImportFile& file = m_controller.session().file(row);
    return file.question == ValueFormQuestion::DecimalMark || file.forms.decimalMark != DecimalMark::Unknown;
}

QString ImportFileListModel::questionText(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return {};
    }
    const RecordImportFile& file = m_controller.session().file(row);
    const RecordIssue& at = file.questionAt;
    switch (file.question) {
    case ValueFormQuestion::DateOrder:
        return tr("line %1: \"%2\" (%3) and every other date could be day first or month first: choose in Dates.")
            .arg(at.line)
            .arg(at.reason, at.column);
    case ValueFormQuestion::DecimalMark:
        return tr("line %1: in \"%2\" (%3) the mark could be a decimal mark or a thousands separator, and no other "
                  "value says which: choose in Decimals.")
            .arg(at.line)
            .arg(at.reason, at.column);
    case ValueFormQuestion::None:
        break;
    }
    return {};
}

QVariant ImportFileListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    const RecordImportSession& session = m_controller.session();
    const RecordImportFile& file = session.file(index.row());
    const QStringList problems = [&] {
        QStringList list;
        if (file.hasProblem()) {
            list.append(file.problem.line > 0 ? tr("line %1: %2").arg(file.problem.line).arg(file.problem.reason)
                                              : file.problem.reason);
        } else if (file.kind.isEmpty()) {
            list.append(tr("Choose what it holds."));
        } else if (const QString question = questionText(index.row()); !question.isEmpty()) {
            list.append(question);
        }
        return list;
    }();
    switch (index.column()) {
    case FileColumn:
        if (role == Qt::DisplayRole) {
            return file.fileName;
        }
        if (role == Qt::ToolTipRole) {
            return file.path;
        }
        break;
    case KindColumn:
        if (role == Qt::DisplayRole) {
            return RecordKinds::title(file.kind);
        }
        if (role == Qt::EditRole) {
            return file.kind;
        }
        if (role == Qt::ToolTipRole) {
            return tr("Kind found %1").arg(RecordImportSession::kindSourceName(file.kindSource));
        }
        if (role == ChoiceDelegate::ChoicesRole || role == ChoiceDelegate::ChoiceValuesRole) {
            QStringList labels{RecordKinds::title(QString())};
            QStringList values{QString()};
            for (const QString& kind : RecordKinds::all()) {
                labels.append(RecordKinds::title(kind));
                values.append(kind);
            }
            return role == ChoiceDelegate::ChoicesRole ? labels : values;
        }
        break;
    case EncodingColumn:
        if (role == Qt::DisplayRole) {
            return file.encoding.isEmpty() ? tr("UTF-8") : file.encoding;
        }
        if (role == Qt::EditRole) {
            return file.encoding;
        }
        if (role == ChoiceDelegate::ChoicesRole || role == ChoiceDelegate::ChoiceValuesRole) {
            QStringList labels{tr("UTF-8")};
            QStringList values{QString()};
            for (const QString& name : TextEncoding::convertible()) {
                labels.append(tr("convert from %1").arg(name));
                values.append(name);
            }
            return role == ChoiceDelegate::ChoicesRole ? labels : values;
        }
        break;
    case DateOrderColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ChoiceDelegate::ChoicesRole ||
            role == ChoiceDelegate::ChoiceValuesRole) {
            // Asked only when every date could be day-first or month-first (05/01/2026): never guessed.
            return choiceCell(role,
                              {tr("From the file"), tr("Day first (31/12/2026)"), tr("Month first (12/31/2026)"),
                               tr("Year first (2026/12/31)")},
                              {QString(), QStringLiteral("dmy"), QStringLiteral("mdy"), QStringLiteral("ymd")},
                              dateOrderName(file.forms.dateOrder));
        }
        if (role == Qt::ToolTipRole) {
            return tr("How the file's dates are ordered. Fieldbook decides it from the whole file and asks only when "
                      "every date could be either");
        }
        break;
    case DecimalMarkColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == ChoiceDelegate::ChoicesRole ||
            role == ChoiceDelegate::ChoiceValuesRole) {
            // Asked only when an amount such as 1,234 could be read two ways and no other value says which.
            return choiceCell(role, {tr("From the file"), tr("Point (1,234.56)"), tr("Comma (1.234,56)")},
                              {QString(), QStringLiteral("point"), QStringLiteral("comma")},
                              decimalMarkName(file.forms.decimalMark));
        }
        if (role == Qt::ToolTipRole) {
            return tr("The decimal mark of the file's hours and amounts. Fieldbook decides it from the whole file and "
                      "asks only when no value says which");
        }
        break;
    case SizeColumn:
        if (role == Qt::DisplayRole) {
            return QLocale().formattedDataSize(file.size);
        }
        if (role == Qt::TextAlignmentRole) {
            return int(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole) {
            return problems.isEmpty() ? tr("Ready") : problems.join(QLatin1Char(' '));
        }
        if (role == Qt::ToolTipRole) {
            return problems.join(QLatin1Char('\n'));
        }
        if (role == Qt::ForegroundRole && !problems.isEmpty()) {
            return QBrush(QColor(0xC6, 0x28, 0x28));
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ImportFileListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case KindColumn:
        return tr("Holds");
    case EncodingColumn:
        return tr("Encoding");
    case DateOrderColumn:
        return tr("Dates");
    case DecimalMarkColumn:
        return tr("Decimals");
    case SizeColumn:
        return tr("Size");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

Qt::ItemFlags ImportFileListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index) | Qt::ItemIsDropEnabled;
    if (index.column() == KindColumn || index.column() == EncodingColumn || index.column() == DateOrderColumn ||
        index.column() == DecimalMarkColumn) {
        f |= Qt::ItemIsEditable;
    }
    return f;
}

bool ImportFileListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid()) {
        return false;
    }
    if (index.column() == KindColumn) {
        m_controller.session().setKind(index.row(), value.toString());
    } else if (index.column() == EncodingColumn) {
        m_controller.session().setEncoding(index.row(), value.toString());
    } else if (index.column() == DateOrderColumn) {
        DateOrder order = DateOrder::Unknown;
        parseDateOrderName(value.toString(), &order); // empty: from the file
        m_controller.session().setDateOrder(index.row(), order);
    } else if (index.column() == DecimalMarkColumn) {
        DecimalMark mark = DecimalMark::Unknown;
        parseDecimalMarkName(value.toString(), &mark); // empty: from the file
        m_controller.session().setDecimalMark(index.row(), mark);
    } else {
        return false;
    }
    m_controller.notifyChanged();
    return true;
}

QStringList ImportFileListModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions ImportFileListModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

bool ImportFileListModel::canDropMimeData(const QMimeData* data, Qt::DropAction /*action*/, int /*row*/, int /*column*/,
                                          const QModelIndex& /*parent*/) const
{
    if (!data || !data->hasUrls()) {
        return false;
    }
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile()) {
            return true;
        }
    }
    return false;
}

bool ImportFileListModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                       const QModelIndex& parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    QStringList paths;
    for (const QUrl& url : data->urls()) {
        if (url.isLocalFile()) {
            paths.append(url.toLocalFile());
        }
    }
    return m_controller.addPaths(paths) > 0;
}

} // namespace fieldbook
