#include "ui/ErrorText.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tc {

QString ErrorText::describe(const ApiError &error)
{
    if (!error.isError()) {
        return {};
    }
    QString text = error.message();
    if (!error.title().isEmpty()) {
        text += u'\n' + tr("Title: %1").arg(error.title());
    }
    const auto errors = error.errors();
    if (!errors.isEmpty()) {
        text += u'\n' + tr("Errors:");
        for (const ErrorDetail &d : errors) {
            text += u"\n  • "_s + (d.key.isEmpty() ? d.message : d.key + u": "_s + d.message);
        }
    }
    return text;
}

} // namespace tc
