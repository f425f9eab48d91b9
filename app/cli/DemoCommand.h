#pragma once

#include "app/cli/CliCommand.h"

namespace fieldbook {

// `fieldbook-cli demo`: creates (or refreshes) the bundled demo audit in the store and prints its uuid.
class DemoCommand : public CliCommand
{
public:
    QString name() const override
    {
        return QStringLiteral("demo");
    }
    QString summary() const override;
    int run(CliContext& context) override;
};

} // namespace fieldbook
