#include "ui/widgets/FileField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace fieldbook {

FileField::FileField(const QString& dialogTitle, const QString& filter, const QString& browseText, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_edit = new QLineEdit(this);
    m_browse = new QPushButton(browseText, this);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_browse, &QPushButton::clicked, this, [this, dialogTitle, filter] {
        const QString picked = QFileDialog::getOpenFileName(this, dialogTitle, m_edit->text(), filter);
        if (!picked.isEmpty()) {
            m_edit->setText(picked);
            emit chosen(picked);
        }
    });
}

QString FileField::path() const
{
    return m_edit->text().trimmed();
}

} // namespace fieldbook
