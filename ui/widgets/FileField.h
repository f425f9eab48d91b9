#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace fieldbook {

// A file path to type or pick: a line edit and a Browse… button that opens a file dialog. The
// package dialogs each have one or two; chosen() tells when the dialog picked a file.
class FileField : public QWidget
{
    Q_OBJECT

public:
    // `dialogTitle` and `filter` are for the file dialog (already translated).
    FileField(const QString& dialogTitle, const QString& filter, const QString& browseText, QWidget* parent = nullptr);

    QLineEdit* lineEdit() const
    {
        return m_edit;
    }
    QPushButton* browseButton() const
    {
        return m_browse;
    }
    QString path() const;

signals:
    void chosen(const QString& path);

private:
    QLineEdit* m_edit = nullptr;
    QPushButton* m_browse = nullptr;
};

} // namespace fieldbook
