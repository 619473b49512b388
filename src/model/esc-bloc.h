/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Which side of an election a party or candidate stands on. The dataset names it;
 * the drawing core colours by it. */
typedef enum {
  ESC_BLOC_GOVERNMENT,
  ESC_BLOC_OPPOSITION,
  ESC_BLOC_OTHER,
} EscBloc;

#define ESC_N_BLOCS (ESC_BLOC_OTHER + 1)

#define ESC_TYPE_BLOC (esc_bloc_get_type ())
GType        esc_bloc_get_type    (void) G_GNUC_CONST;

gboolean     esc_bloc_from_string (const char *text,
                                   EscBloc    *out_bloc);
const char  *esc_bloc_to_string   (EscBloc     bloc);

G_END_DECLS
