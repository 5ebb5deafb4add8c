#pragma once
// The console's own icons (resources/icons/*.svg, drawn for it), by name.
#include <QIcon>

namespace tc {

class Icons
{
public:
    enum Name {
        App,
        Sessions,
        Inspector,
        Admin,
        User,
        GroupKey,
        Reveal,
        Conceal,
        Refresh,
        Logout,
        Login,
        Copy,
        Add,
        Edit,
        Delete,
        Sandbox,
        Production,
        Custom,
        Register,
        Bulk,
        Ledger,
        Users,
        Traffic,
        Cancel,
    };
    static QIcon get(Name name);
    // The SVG file an icon is drawn from: ":/icons/<name>.svg", or for QIcon::Selected the white
    // variant in ":/icons/selected/" (none for App).
    static QString file(Name name, QIcon::Mode mode = QIcon::Normal);
    // Makes sure the resources of the static tc_ui library are registered (idempotent).
    static void initResources();
};

} // namespace tc
