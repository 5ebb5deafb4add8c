#include "ui/Icons.h"

#include <QHash>

using namespace Qt::StringLiterals;

static void tcInitUiResources()
{
    Q_INIT_RESOURCE(telematics);
}

namespace tc {

void Icons::initResources()
{
    static const bool done = [] {
        tcInitUiResources();
        return true;
    }();
    Q_UNUSED(done);
}

QIcon Icons::get(Name name)
{
    initResources();
    static const char *const files[] = {
            "telematics-console",
            "sessions",
            "inspector",
            "admin",
            "user",
            "groupkey",
            "reveal",
            "conceal",
            "refresh",
            "logout",
            "login",
            "copy",
            "add",
            "edit",
            "delete",
            "sandbox",
            "production",
            "custom",
            "register",
            "bulk",
            "ledger",
            "users",
            "traffic",
            "cancel",
    };
    static QHash<int, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        // Coloured for normal rows, white on selected (highlighted) rows.
        const QString file = QLatin1StringView(files[name]) + u".svg"_s;
        QIcon icon;
        icon.addFile(u":/icons/"_s + file, QSize(), QIcon::Normal);
        if (name != App) {
            icon.addFile(u":/icons/selected/"_s + file, QSize(), QIcon::Selected);
        }
        it = cache.insert(name, icon);
    }
    return it.value();
}

} // namespace tc
