#include "BenchOptions.h"

BenchOptions::BenchOptions()
    : serverBinary(QStringLiteral("server-binary"), QStringLiteral("opvangloket-server"), QStringLiteral("PATH"),
                   QStringLiteral(OPVANGLOKET_SERVER_BINARY))
    , scale(QStringLiteral("scale"), QStringLiteral("applications to seed"), QStringLiteral("N"),
            QStringLiteral("100000"))
    , out(QStringLiteral("out"), QStringLiteral("JSON report"), QStringLiteral("FILE"),
          QStringLiteral("bench-results.json"))
    , user(QStringLiteral("user"), QStringLiteral("account to sync as"), QStringLiteral("U"), QStringLiteral("admin"))
{
}
