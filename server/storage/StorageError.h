#pragma once

#include <QString>
#include <stdexcept>

// Thrown by storage implementations when the database fails (I/O, constraint, SQL error). Handlers turn it
// into a 500 after the surrounding transaction has been rolled back.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString& message)
        : std::runtime_error(message.toStdString())
    {
    }
};
