/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Human-readable dataset text in one or more languages, keyed by BCP 47 tag.
 * Immutable once built; shared by reference. */
typedef struct _EscLocalizedText EscLocalizedText;

#define ESC_TYPE_LOCALIZED_TEXT (esc_localized_text_get_type ())
GType             esc_localized_text_get_type   (void) G_GNUC_CONST;

EscLocalizedText *esc_localized_text_new_plain  (const char               *text);
EscLocalizedText *esc_localized_text_new        (const char * const       *tags,
                                                 const char * const       *texts);
EscLocalizedText *esc_localized_text_ref        (EscLocalizedText         *self);
void              esc_localized_text_unref      (EscLocalizedText         *self);

guint             esc_localized_text_get_n_variants (EscLocalizedText     *self);
const char       *esc_localized_text_get_variant    (EscLocalizedText     *self,
                                                     guint                 index,
                                                     const char          **tag);
const char       *esc_localized_text_lookup     (EscLocalizedText         *self,
                                                 const char * const       *languages,
                                                 const char              **out_tag);
const char       *esc_localized_text_get        (EscLocalizedText         *self);
EscLocalizedText *esc_localized_text_replace_shown (EscLocalizedText      *self,
                                                    const char            *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscLocalizedText, esc_localized_text_unref)

G_END_DECLS
