#pragma once
// HTTP-date (RFC 9110 5.6.7) as used by the Date and Retry-After headers.
#include <QByteArrayView>
#include <QDateTime>

namespace tc {

// "Sun, 06 Nov 1994 08:49:37 GMT" (IMF-fixdate), "Sunday, 06-Nov-94 08:49:37 GMT" (RFC 850)
// and "Sun Nov  6 08:49:37 1994" (asctime). Returns an invalid QDateTime (UTC) otherwise.
QDateTime parseHttpDate(QByteArrayView text);

} // namespace tc
