/**
 * Scenario files: reading, validating and binding them onto the model. A scenario is a YAML
 * file that names a period, the two countries (a built-in table such as {@code cn-kr}, a table
 * file, or an inline list), parameter values and a staged exchange policy; the
 * {@link culturebridge.scenario.ScenarioLoader} turns it into a
 * {@link culturebridge.model.Setup} or refuses it with a
 * {@link culturebridge.scenario.ScenarioException} that names file, line, column and field.
 * YAML is only composed into nodes, never constructed into objects, so type tags cannot
 * create anything.
 */
package culturebridge.scenario;
