/**
 * Wires every module into the runnable server: the main class, the command line, configuration,
 * and the choice of store. The architecture rules of the whole code base are tested here, where
 * every module is on the class path.
 */
package dev.accolade.bootstrap;
