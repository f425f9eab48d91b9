#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli untrust KEY_ID`: take a key off the store's trust list (its packages are then
// refused unless a key is given for one import with --pubkey).
class UntrustCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("untrust");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

// `fieldbook-cli revoke KEY_ID [--at WHEN]`: packages signed with the key at or after WHEN
// (default: now) are refused; those signed before still verify (docs/security.md).
class RevokeCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("revoke");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
