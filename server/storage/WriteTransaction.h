#pragma once

#include "storage/ServerStorage.h"

// RAII write transaction: begins on construction, rolls back unless commit() was called. seq() takes the
// commit-ordered counter once, on first use, so read-only outcomes (e.g. a rejected mutation) need none.
// A transaction can be cut into steps (a push: one per mutation): each step runs under a savepoint and
// takes a seq of its own, and a failed step is undone alone.
class WriteTransaction
{
public:
    explicit WriteTransaction(ServerStorage& storage)
        : m_storage(storage)
    {
        m_storage.beginWrite();
    }
    ~WriteTransaction()
    {
        if (!m_done)
            m_storage.rollback();
    }
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    qint64 seq()
    {
        if (m_seq == 0)
            m_seq = m_storage.takeSeq();
        return m_seq;
    }
    bool tookSeq() const { return m_seq != 0; }

    void beginStep()
    {
        m_storage.savepoint();
        m_seq = 0; // the step's first write takes the next seq
    }
    void endStep() { m_storage.releaseSavepoint(); }
    void undoStep()
    {
        m_storage.rollbackToSavepoint();
        m_seq = 0; // rolled back with the step
    }

    void commit()
    {
        m_storage.commit();
        m_done = true;
    }

private:
    ServerStorage& m_storage;
    qint64 m_seq = 0;
    bool m_done = false;
};
