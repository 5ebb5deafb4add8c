#pragma once
// Files that hold DeviceTokens or secrets (the ledger and its bulk journal, exports of tokens) are
// readable by their owner only: created 0600, in folders the console creates 0700. A file is made
// private when it is created, before any byte is written, never afterwards.
#include <QString>

class QFileDevice;

namespace tc::files {

// Creates `folder` and any missing parents, each new one 0700 (existing folders are left as they
// are: a person's own folder is theirs to set). False + *error when a folder cannot be made.
bool makePrivateFolder(const QString &folder, QString *error);
// Makes `folder` itself 0700 (the console's own data folder, which may predate this rule).
bool restrictFolder(const QString &folder, QString *error);
// Creates `path` empty and 0600 when it does not exist yet; an existing file is set to 0600.
// Its folder must exist. False + *error on failure.
bool makePrivateFile(const QString &path, QString *error);
// For a QFile or QSaveFile just opened for writing (nothing written yet): owner read/write only.
bool restrictToOwner(QFileDevice &file, QString *error);

} // namespace tc::files
