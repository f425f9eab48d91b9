#pragma once

#include <QString>

namespace fieldbook {

// Where Fieldbook keeps its files when the user does not say (--db overrides).
class AppPaths
{
public:
    // Sets organisation and application names so QSettings and QStandardPaths agree
    // between the GUI and the CLI. Call right after constructing the Q*Application.
    static void initialiseApplication();
    // The user's store: <AppDataLocation>/fieldbook.sqlite
    static QString defaultStorePath();
    // The bundled demo audit lives in its own store so it never mixes with real audits.
    static QString demoStorePath();
};

} // namespace fieldbook
