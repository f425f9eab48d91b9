#pragma once

#include <QByteArray>
#include <cstddef>

namespace fieldbook {

// A secret held in libsodium's guarded memory (sodium_malloc: guard pages, never swapped where the
// OS allows, wiped on free). Move-only; never converted to QByteArray except through view() by code
// that passes it straight to a libsodium call.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(size_t size);
    ~SecureBytes();
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data()
    {
        return m_data;
    }
    const unsigned char* data() const
    {
        return m_data;
    }
    size_t size() const
    {
        return m_size;
    }
    bool isEmpty() const
    {
        return m_size == 0;
    }

private:
    unsigned char* m_data = nullptr;
    size_t m_size = 0;
};

// Initialises libsodium once; false if the library cannot be used (then nothing may be signed).
bool sodiumReady();

} // namespace fieldbook
