#pragma once

#include <QString>

// Folders and files that hold personal data (the server's database, its mail folder, a client's profile and
// caches) are created owner-only, whatever the umask: folders 0700, files 0600. Creating them so from the
// start, rather than tightening them afterwards, leaves no moment in which another account could open
// them. SQLite gives a database's -wal and -shm files the mode of the database file, so a database file
// made here keeps its companions private too.
class PrivateFiles
{
public:
    // Creates the folder as 0700 (missing parents with the usual mode: they are not ours to restrict). An
    // existing folder is left as it is. False when it does not exist afterwards.
    static bool makeFolder(const QString& path);
    // Creates an empty file as 0600 unless it exists; an existing one is set to 0600. False (with error) when
    // it could not be created.
    static bool makeFile(const QString& path, QString* error);
    // Sets 0600 on the file when it exists.
    static void restrict(const QString& path);
};
