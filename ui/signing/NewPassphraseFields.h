#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace fieldbook {

// A new passphrase, typed twice, with a strength hint as it is typed (PassphraseStrength).
class NewPassphraseFields : public QWidget
{
    Q_OBJECT

public:
    explicit NewPassphraseFields(QWidget* parent = nullptr);

    QString passphrase() const;
    // False with the reason for people when the passphrase cannot be used.
    bool isAcceptable(QString* why) const;
    void clear();
    QLineEdit* firstField() const
    {
        return m_first;
    }
    QLineEdit* secondField() const
    {
        return m_second;
    }
    QLabel* strengthLabel() const
    {
        return m_strength;
    }

signals:
    void changed();

private:
    void updateHint();

    QLineEdit* m_first = nullptr;
    QLineEdit* m_second = nullptr;
    QLabel* m_strength = nullptr;
};

} // namespace fieldbook
