/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* What a column of a tally-sheet file holds. The nicks are the spellings of the
 * dataset's `columns` and of `--column`. */
typedef enum {
  ESC_TALLY_IGNORE,
  ESC_TALLY_REGION,      /* a region's name: state, municipality, parish */
  ESC_TALLY_CENTRE,      /* the polling centre's code or name */
  ESC_TALLY_TABLE,       /* the table's or sheet's number, within its centre */
  ESC_TALLY_VOTES,       /* a candidate's or a party card's votes */
  ESC_TALLY_VALID,
  ESC_TALLY_NULL,
  ESC_TALLY_BLANK,
  ESC_TALLY_REGISTERED,
  ESC_TALLY_VOTERS,
} EscTallyRole;

#define ESC_TYPE_TALLY_ROLE (esc_tally_role_get_type ())
GType esc_tally_role_get_type (void) G_GNUC_CONST;

/* One column as the tally reads it. */
typedef struct {
  char *header;
  EscTallyRole role;
  char *candidate;       /* for votes: whom they count for; columns of one candidate are summed */
  gboolean per_centre;   /* a centre's figure on each of its tables' rows: counted once per centre */
} EscTallyColumn;

#define ESC_TYPE_TALLY_COLUMN (esc_tally_column_get_type ())
GType           esc_tally_column_get_type  (void) G_GNUC_CONST;

EscTallyColumn *esc_tally_column_new       (const char           *header,
                                            EscTallyRole          role,
                                            const char           *candidate);
EscTallyColumn *esc_tally_column_copy      (const EscTallyColumn *self);
void            esc_tally_column_free      (EscTallyColumn       *self);
gboolean        esc_tally_column_is_count  (const EscTallyColumn *self);
const char     *esc_tally_role_nick        (EscTallyRole          role);
gboolean        esc_tally_role_from_nick   (const char           *nick,
                                            EscTallyRole         *role);
const char     *esc_tally_role_label       (EscTallyRole          role);
GPtrArray      *esc_tally_columns_copy     (GPtrArray            *columns);
gboolean        esc_tally_columns_override (GPtrArray            *columns,
                                            const char           *spec,
                                            GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EscTallyColumn, esc_tally_column_free)

G_END_DECLS
