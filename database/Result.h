#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace fieldbook {

// Lives in the lowest layer (database/) so every layer can use it.
// What every fallible operation returns: a value, or a message a person can act on.
// Never a silent false (see docs/architecture.md, "Errors").
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value))
    {
    }

    static Result failure(QString message)
    {
        Result r;
        r.m_error = std::move(message);
        return r;
    }

    bool ok() const
    {
        return m_value.has_value();
    }
    explicit operator bool() const
    {
        return ok();
    }
    const QString& error() const
    {
        return m_error;
    }
    T& value()
    {
        return *m_value;
    }
    const T& value() const
    {
        return *m_value;
    }
    T* operator->()
    {
        return &*m_value;
    }
    const T* operator->() const
    {
        return &*m_value;
    }
    T& operator*()
    {
        return *m_value;
    }
    const T& operator*() const
    {
        return *m_value;
    }
    T take()
    {
        return std::move(*m_value);
    }

private:
    Result() = default;
    std::optional<T> m_value;
    QString m_error;
};

// Result without a value.
class Status
{
public:
    Status() = default;
    static Status success()
    {
        return {};
    }
    static Status failure(QString message)
    {
        Status s;
        s.m_failed = true;
        s.m_error = std::move(message);
        return s;
    }
    template <typename T>
    static Status from(const Result<T>& r)
    {
        return r.ok() ? success() : failure(r.error());
    }

    bool ok() const
    {
        return !m_failed;
    }
    explicit operator bool() const
    {
        return ok();
    }
    const QString& error() const
    {
        return m_error;
    }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace fieldbook
