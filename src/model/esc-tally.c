/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "esc-tally-private.h"

G_DEFINE_FINAL_TYPE (EscTally, esc_tally, G_TYPE_OBJECT)

static void
clear_rejection (EscTallyRejection *rejection)
{
  g_free (rejection->column);
  g_free (rejection->value);
}

void
esc_tally_candidate_clear (EscTallyCandidate *candidate)
{
  g_free (candidate->name);
  g_free (candidate->party);
}

EscTallyRegion *
esc_tally_region_new (const char *name,
                      guint       n_candidates)
{
  EscTallyRegion *region = g_new0 (EscTallyRegion, 1);

  region->name = g_strdup (name);
  region->votes = g_new0 (gint64, n_candidates);
  region->registered = -1;
  return region;
}

void
esc_tally_region_free (EscTallyRegion *region)
{
  g_free (region->name);
  g_free (region->votes);
  g_free (region);
}

static void
esc_tally_finalize (GObject *object)
{
  EscTally *self = ESC_TALLY (object);

  g_free (self->id);
  g_free (self->file);
  g_free (self->sha256);
  g_free (self->by);
  g_ptr_array_unref (self->columns);
  g_array_unref (self->rejections);
  g_array_unref (self->candidates);
  g_ptr_array_unref (self->regions);
  g_array_unref (self->histograms);
  G_OBJECT_CLASS (esc_tally_parent_class)->finalize (object);
}

static void
esc_tally_class_init (EscTallyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = esc_tally_finalize;
}

static void
esc_tally_init (EscTally *self)
{
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_tally_column_free);
  self->rejections = g_array_new (FALSE, TRUE, sizeof (EscTallyRejection));
  g_array_set_clear_func (self->rejections, (GDestroyNotify) clear_rejection);
  self->candidates = g_array_new (FALSE, TRUE, sizeof (EscTallyCandidate));
  g_array_set_clear_func (self->candidates, (GDestroyNotify) esc_tally_candidate_clear);
  self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_tally_region_free);
  self->histograms = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint i = 0; i < G_N_ELEMENTS (self->totals); i++)
    self->totals[i] = -1;
}

EscTally *
esc_tally_new (void)
{
  return g_object_new (ESC_TYPE_TALLY, NULL);
}

const char *
esc_tally_get_id (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->id;
}

void
esc_tally_set_id (EscTally   *self,
                  const char *id)
{
  g_return_if_fail (ESC_IS_TALLY (self));
  g_free (self->id);
  self->id = g_strdup (id);
}

/* The file's name, without its folder: the folder says nothing of the data and may
 * say something of the person. */
const char *
esc_tally_get_file (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->file;
}

const char *
esc_tally_get_sha256 (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->sha256;
}

/* The file @name (its path, or its name) the tally was counted from, and its bytes. */
void
esc_tally_set_file (EscTally   *self,
                    const char *name,
                    GBytes     *bytes)
{
  g_autofree char *sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  esc_tally_set_source (self, name, sha256);
}

/* esc_tally_set_file() where the SHA-256 of the file's bytes is known already. */
void
esc_tally_set_source (EscTally   *self,
                      const char *name,
                      const char *sha256)
{
  g_return_if_fail (ESC_IS_TALLY (self));
  g_free (self->file);
  g_free (self->sha256);
  self->file = g_path_get_basename (name);
  self->sha256 = g_strdup (sha256);
}

GPtrArray *
esc_tally_get_columns (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->columns;
}

/* The column the regions are totalled by, or NULL. */
const char *
esc_tally_get_by (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->by;
}

guint
esc_tally_get_rows (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->rows;
}

guint
esc_tally_get_used (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->used;
}

/* Whether a row is a tally sheet (the file has a table or centre column), or a total
 * of many, such as a parish's. */
gboolean
esc_tally_has_sheets (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), FALSE);

  for (guint i = 0; i < self->columns->len; i++)
    {
      EscTallyRole role = ((EscTallyColumn *) g_ptr_array_index (self->columns, i))->role;

      if (role == ESC_TALLY_TABLE || role == ESC_TALLY_CENTRE)
        return TRUE;
    }
  return FALSE;
}

/* The rows set aside, each with its line and why; a tally read from a dataset keeps the
 * first ones only, and esc_tally_get_n_rejected() says how many there were. */
GArray *
esc_tally_get_rejections (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->rejections;
}

guint
esc_tally_get_n_rejected (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->n_rejected;
}

/* EscTallyCandidate, most votes first. */
GArray *
esc_tally_get_candidates (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->candidates;
}

/* The sum of a totals column (valid, null, blank, registered, voters) over the rows
 * used; FALSE where the file has no such column. */
gboolean
esc_tally_get_total (EscTally     *self,
                     EscTallyRole  role,
                     gint64       *total)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), FALSE);
  g_return_val_if_fail (role >= ESC_TALLY_VALID && role <= ESC_TALLY_VOTERS, FALSE);

  if (self->totals[role] < 0)
    return FALSE;
  *total = self->totals[role];
  return TRUE;
}

/* What shares are of: the valid votes, or where no column gives them, the sum of the
 * candidates' votes. */
gint64
esc_tally_get_share_base (EscTally *self)
{
  gint64 sum = 0;

  g_return_val_if_fail (ESC_IS_TALLY (self), 0);

  if (self->totals[ESC_TALLY_VALID] >= 0)
    return self->totals[ESC_TALLY_VALID];
  for (guint i = 0; i < self->candidates->len; i++)
    esc_tally_add (&sum, g_array_index (self->candidates, EscTallyCandidate, i).votes);
  return sum;
}

/* The candidate's share of the valid votes, in percent. */
double
esc_tally_get_share (EscTally *self,
                     guint     candidate)
{
  gint64 base = esc_tally_get_share_base (self);

  g_return_val_if_fail (candidate < self->candidates->len, 0);
  return base > 0 ? 100.0 * g_array_index (self->candidates, EscTallyCandidate, candidate).votes / base : 0;
}

/* EscTallyRegion, by name, where the tally was counted by a region column. */
GPtrArray *
esc_tally_get_regions (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  return self->regions;
}

/* ESC_TALLY_BINS weights: bin i holds the valid votes of the sheets on which the
 * candidate's share lies from i·2 % up to (i+1)·2 %, the last bin 100 % included. */
const double *
esc_tally_get_histogram (EscTally *self,
                         guint     candidate)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), NULL);
  if ((candidate + 1) * ESC_TALLY_BINS > self->histograms->len)
    return NULL;
  return &g_array_index (self->histograms, double, candidate * ESC_TALLY_BINS);
}

/* The sheets there are in all, where the dataset or the user knows: 0 if not. */
guint
esc_tally_get_expected (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->expected;
}

void
esc_tally_set_expected (EscTally *self,
                        guint     expected)
{
  g_return_if_fail (ESC_IS_TALLY (self));
  self->expected = expected;
}

/* The people entitled to vote in the whole election, where known: 0 if not. */
gint64
esc_tally_get_electorate (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->electorate;
}

void
esc_tally_set_electorate (EscTally *self,
                          gint64    electorate)
{
  g_return_if_fail (ESC_IS_TALLY (self));
  self->electorate = CLAMP (electorate, 0, ESC_CSV_MAX_COUNT);
}

/* The registered voters of the sheets not in the file, where the user knows them
 * although the file has no registered column: 0 if not. */
gint64
esc_tally_get_missing (EscTally *self)
{
  g_return_val_if_fail (ESC_IS_TALLY (self), 0);
  return self->missing;
}

void
esc_tally_set_missing (EscTally *self,
                       gint64    missing)
{
  g_return_if_fail (ESC_IS_TALLY (self));
  self->missing = CLAMP (missing, 0, ESC_CSV_MAX_COUNT);
}

/* Which of the dataset's parties the candidate is. */
void
esc_tally_set_party (EscTally   *self,
                     guint       candidate,
                     const char *party)
{
  EscTallyCandidate *c;

  g_return_if_fail (ESC_IS_TALLY (self));
  g_return_if_fail (candidate < self->candidates->len);

  c = &g_array_index (self->candidates, EscTallyCandidate, candidate);
  g_free (c->party);
  c->party = g_strdup (party);
}

/* The voters on the sheets not in the file: as the user gave them, or else the
 * electorate less the registered voters on the sheets. If all of them had voted for the
 * runner-up, would the runner-up lead? FALSE where it cannot be said. */
gboolean
esc_tally_get_worst_case (EscTally          *self,
                          EscTallyWorstCase *worst)
{
  gboolean known_from_electorate;

  g_return_val_if_fail (ESC_IS_TALLY (self), FALSE);

  known_from_electorate = self->electorate > 0 && self->totals[ESC_TALLY_REGISTERED] >= 0;
  if (self->candidates->len < 2 || (self->missing <= 0 && !known_from_electorate))
    return FALSE;
  worst->leader = 0;
  worst->runner_up = 1;
  worst->leader_votes = g_array_index (self->candidates, EscTallyCandidate, 0).votes;
  worst->runner_up_votes = g_array_index (self->candidates, EscTallyCandidate, 1).votes;
  worst->missing = self->missing > 0 ? self->missing : MAX (self->electorate - self->totals[ESC_TALLY_REGISTERED], 0);
  worst->could_change = worst->missing >= worst->leader_votes - worst->runner_up_votes;
  return TRUE;
}

/* "Line 17: “x” in VOTOS is not a number", in the reader's language. */
char *
esc_tally_rejection_describe (const EscTallyRejection *rejection)
{
  g_return_val_if_fail (rejection != NULL, NULL);

  switch (rejection->reason)
    {
    case ESC_TALLY_REJECT_SHORT:
      return g_strdup_printf (_("Line %u: the row ends before the column “%s”"), rejection->line, rejection->column);
    case ESC_TALLY_REJECT_UNCLOSED:
      return g_strdup_printf (_("Line %u: a quote opens and never closes"), rejection->line);
    case ESC_TALLY_REJECT_NOT_A_NUMBER:
      return g_strdup_printf (_("Line %u: “%s” in %s is not a number"), rejection->line, rejection->value, rejection->column);
    case ESC_TALLY_REJECT_NEGATIVE:
      return g_strdup_printf (_("Line %u: %s in %s is negative"), rejection->line, rejection->value, rejection->column);
    case ESC_TALLY_REJECT_FRACTION:
      return g_strdup_printf (_("Line %u: %s in %s is not a whole number"), rejection->line, rejection->value, rejection->column);
    case ESC_TALLY_REJECT_OVER_VOTERS:
      return g_strdup_printf (_("Line %u: the candidates’ votes, %s, are more than the voters in %s"), rejection->line, rejection->value, rejection->column);
    case ESC_TALLY_REJECT_OVER_VALID:
      return g_strdup_printf (_("Line %u: the candidates’ votes, %s, are more than the valid votes in %s"), rejection->line, rejection->value, rejection->column);
    case ESC_TALLY_REJECT_DUPLICATE:
      return g_strdup_printf (_("Line %u: the same sheet as line %u (%s), counted once"), rejection->line, rejection->first_line, rejection->value);
    default:
      g_return_val_if_reached (NULL);
    }
}
