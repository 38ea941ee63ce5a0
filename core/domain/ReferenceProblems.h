#pragma once

#include <QtGlobal>

// The problems the server names when a pushed row's reference does not fit (docs/PROTOCOL.md "References"). They
// travel in English in a rejected mutation's reason ("invalid: <field>: <problem>"); the client translates them in
// the context "RowValidator", like the validator's own texts, so here is where lupdate finds them.
namespace ReferenceProblems {

inline const char* const kRequired = QT_TRANSLATE_NOOP("RowValidator", "is required");
inline const char* const kOtherRegion = QT_TRANSLATE_NOOP("RowValidator", "lies in another region than this record");
inline const char* const kOtherParentsChild = QT_TRANSLATE_NOOP("RowValidator", "is a child of another parent");
inline const char* const kNotTheParent = QT_TRANSLATE_NOOP("RowValidator", "is not the parent of the application");
inline const char* const kOtherLocation = QT_TRANSLATE_NOOP("RowValidator", "is a place at another location");
inline const char* const kOtherParentsApplication =
    QT_TRANSLATE_NOOP("RowValidator", "is an application of another parent");
inline const char* const kNotAReferrer = QT_TRANSLATE_NOOP("RowValidator", "must name a referrer's account");
inline const char* const kNotStaff = QT_TRANSLATE_NOOP("RowValidator", "must name a staff account");

} // namespace ReferenceProblems
