// placeholder: written by the numbers helper
export {};
