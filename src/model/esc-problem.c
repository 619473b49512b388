/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "esc-problem.h"

G_DEFINE_BOXED_TYPE (EscProblem, esc_problem, esc_problem_copy, esc_problem_free)

EscProblem *
esc_problem_new (EscSeverity  severity,
                 const char  *code,
                 const char  *path,
                 const char  *message)
{
  EscProblem *self;

  g_return_val_if_fail (code != NULL && path != NULL && message != NULL, NULL);

  self = g_new0 (EscProblem, 1);
  self->severity = severity;
  self->code = g_strdup (code);
  self->path = g_strdup (path);
  self->message = g_strdup (message);
  return self;
}

EscProblem *
esc_problem_copy (const EscProblem *self)
{
  EscProblem *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = esc_problem_new (self->severity, self->code, self->path, self->message);
  copy->line = self->line;
  copy->column = self->column;
  return copy;
}

void
esc_problem_free (EscProblem *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->path);
  g_free (self->message);
  g_free (self);
}

/* The compiler-style line editors and CI logs understand:
 * FILE:LINE:COLUMN: error|warning: JSON-PATH: message
 * Problems without a place in the file point at its start, so the form never varies. */
char *
esc_problem_to_string (const EscProblem *self,
                       const char       *filename)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf ("%s:%u:%u: %s: %s: %s",
                          filename,
                          MAX (self->line, 1), MAX (self->column, 1),
                          self->severity == ESC_SEVERITY_ERROR ? "error" : "warning",
                          self->path, self->message);
}

gboolean
esc_problems_have_errors (GPtrArray *problems)
{
  g_return_val_if_fail (problems != NULL, FALSE);

  for (guint i = 0; i < problems->len; i++)
    if (((EscProblem *) g_ptr_array_index (problems, i))->severity == ESC_SEVERITY_ERROR)
      return TRUE;
  return FALSE;
}
