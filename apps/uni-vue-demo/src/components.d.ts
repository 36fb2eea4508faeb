// Types the easycom components for vue-tsc / Volar (easycom itself needs no import).
declare module 'vue' {
  export interface GlobalComponents {
    SobotContactButton: (typeof import('@sobot-contact/uni-vue/components/sobot-contact-button/sobot-contact-button.vue'))['default']
  }
}

export {}
