#include "mail/SmtpSender.h"

#include <cstring>
#include <curl/curl.h>
#include <mutex>

namespace {

struct Upload {
    const QByteArray* data = nullptr;
    qsizetype offset = 0;
};

size_t readChunk(char* buffer, size_t size, size_t count, void* user)
{
    auto* upload = static_cast<Upload*>(user);
    const size_t left = size_t(upload->data->size() - upload->offset);
    const size_t n = qMin(left, size * count);
    std::memcpy(buffer, upload->data->constData() + upload->offset, n);
    upload->offset += qsizetype(n);
    return n;
}

// Keeps the relay's last refusal (4xx/5xx): "550 5.1.1 Mailbox unavailable" says more than curl's error. Later
// lines such as "221 Bye" after QUIT do not replace it.
int captureReply(CURL*, curl_infotype type, char* data, size_t size, void* user)
{
    const QByteArray line = QByteArray(data, qsizetype(size)).trimmed();
    if (type == CURLINFO_HEADER_IN && (line.startsWith('4') || line.startsWith('5')))
        *static_cast<QByteArray*>(user) = line;
    return 0;
}

} // namespace

void SmtpSender::initializeOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

SmtpSender::Outcome SmtpSender::send(const Job& job)
{
    Outcome outcome;
    outcome.messageId = job.messageId;
    CURL* curl = curl_easy_init();
    if (!curl) {
        outcome.error = QStringLiteral("libcurl could not start");
        return outcome;
    }
    const QByteArray url = job.url.toUtf8();
    const QByteArray from = '<' + job.from.toLatin1() + '>';
    const QByteArray to = '<' + job.to.toLatin1() + '>';
    curl_slist* recipients = curl_slist_append(nullptr, to.constData());
    Upload upload{&job.data, 0};
    QByteArray lastReply;
    char errorBuffer[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readChunk);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(job.data.size()));
    // smtp:// upgrades with STARTTLS when the relay offers it; smtps:// is TLS from the start.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_TRY));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 120L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // worker thread: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, captureReply);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lastReply);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // needed for the debug callback; it prints nothing itself
    const CURLcode result = curl_easy_perform(curl);
    long code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    outcome.code = int(code);
    if (result == CURLE_OK) {
        outcome.sent = true;
        return outcome;
    }
    outcome.permanent = code >= 500 && code < 600;
    const QString curlError = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(result));
    outcome.error =
        lastReply.isEmpty() || code == 0 ? curlError : QStringLiteral("SMTP %1").arg(QString::fromUtf8(lastReply));
    return outcome;
}
