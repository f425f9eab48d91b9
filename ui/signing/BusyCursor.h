#pragma once

#include <QGuiApplication>

namespace fieldbook {

// A wait cursor for the second or so an Argon2id derivation takes (unlocking, creating keys).
class BusyCursor
{
public:
    BusyCursor()
    {
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    ~BusyCursor()
    {
        QGuiApplication::restoreOverrideCursor();
    }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace fieldbook
