#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli codes`: the codes of conduct Fieldbook knows, built-in and imported.
class CodesCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("codes");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
