#pragma once
#include <QCoreApplication>
// An ApiError as a person reads it where they are looking: the sentence, then the service's own
// Title and Errors on their own lines.
#include "core/api/ApiError.h"

namespace tc {

class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(tc::ErrorText)

public:
    // message() plus "Title: ..." and one "• key: message" line per entry of Errors.
    static QString describe(const ApiError &error);
};

} // namespace tc
