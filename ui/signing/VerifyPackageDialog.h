#pragma once

#include "app/sync/PackageVerifier.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace fieldbook {

class Database;

// Verify a package (or any file signed with minisign): who signed it, with which key, when, and
// whether every byte is as signed — green, or red with the reason. Same logic as
// `fieldbook-cli verify` (PackageVerifier).
class VerifyPackageDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyPackageDialog(const Database& db, QWidget* parent = nullptr);

    QLineEdit* fileField() const
    {
        return m_file;
    }
    QLineEdit* keyField() const
    {
        return m_key;
    }
    QLabel* verdictLabel() const
    {
        return m_verdict;
    }
    QLabel* detailsLabel() const
    {
        return m_details;
    }
    PackageVerification verifyFile(const QString& path, const QString& publicKeyPath = {});

private:
    void showVerification(const PackageVerification& v);

    const Database& m_db;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_key = nullptr;
    QLabel* m_verdict = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace fieldbook
