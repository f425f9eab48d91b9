#include "app/signing/SecureBytes.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace fieldbook {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(size_t size) : m_size(size)
{
    if (!sodiumReady()) {
        throw std::bad_alloc();
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
}

SecureBytes::~SecureBytes()
{
    if (m_data) {
        sodium_free(m_data); // zeroes before freeing
    }
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        if (m_data) {
            sodium_free(m_data);
        }
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

} // namespace fieldbook
