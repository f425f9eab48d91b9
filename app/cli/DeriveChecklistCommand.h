#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli derive-checklist`: freeze the derived checklist into an audit of the store.
class DeriveChecklistCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("derive-checklist");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
